namespace NewsroomClaims.Domain.Extraction;

internal enum TokenKind : byte
{
    Word,
    Punct,

    /// <summary>Any double-quote-like mark; whether it opens or closes is decided by <see cref="QuoteScanner"/>.</summary>
    Quote,

    /// <summary>‘ or ’ standing alone (not an apostrophe inside a word).</summary>
    SingleQuote,
}

/// <summary>A token is only offsets plus flags, so tokenising a megabyte allocates one array and no strings.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool ParagraphStart)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
