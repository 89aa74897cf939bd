namespace NewsroomClaims.Domain.Claims;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article body.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool FitsIn(string text) => Start >= 0 && End > Start && End <= text.Length;

    public string Slice(string text) => text[Start..End];

    public static TextSpan? From(int? start, int? end) =>
        start is { } s && end is { } e ? new TextSpan(s, e) : null;
}
