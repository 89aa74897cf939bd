namespace NewsroomClaims.Domain.Claims;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article body; stored as one value (EF complex type).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool FitsIn(string text) => FitsIn(text.Length);

    public bool FitsIn(int length) => Start >= 0 && End > Start && End <= length;

    public string Slice(string text) => text[Start..End];
}
