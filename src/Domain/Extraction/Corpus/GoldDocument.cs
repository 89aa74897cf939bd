namespace NewsroomClaims.Domain.Extraction.Corpus;

/// <summary>One annotated article: its text and the attributions an annotator marked in it.</summary>
public sealed record GoldDocument(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// One gold attribution. Each role is a list of character ranges [Start, End) because brat lets an annotator mark a
/// discontinuous span ("“We won,” he said, “and will win again.”" has a two-piece content).
/// </summary>
public sealed record GoldAttribution(
    IReadOnlyList<(int Start, int End)> Source,
    IReadOnlyList<(int Start, int End)> Cue,
    IReadOnlyList<(int Start, int End)> Content);
