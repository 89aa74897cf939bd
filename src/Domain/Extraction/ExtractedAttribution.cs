using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// One "who said what": source, cue and content spans. <see cref="ReportedBy"/> is the Id of the
/// attribution whose content (or paragraph frame) carries this one, so chains can be rebuilt.
/// </summary>
public sealed record ExtractedAttribution(
    string Id,
    ClaimKind Kind,
    IReadOnlyList<SpanText> Source,
    IReadOnlyList<SpanText> Cue,
    IReadOnlyList<SpanText> Content,
    ExtractedSpeaker? Speaker,
    string? ReportedBy,
    double Confidence);
