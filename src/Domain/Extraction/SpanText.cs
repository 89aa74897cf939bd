namespace NewsroomClaims.Domain.Extraction;

/// <summary>A slice of the input: [Start, End) in UTF-16 code units, with the sliced text for convenience.</summary>
public sealed record SpanText(int Start, int End, string Text);
