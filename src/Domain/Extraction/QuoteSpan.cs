namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// A quotation in token terms. <see cref="Close"/> is -1 when the quote is left open at the end of its
/// paragraph, which in news style means the next paragraph (opening with a quote mark) continues it.
/// </summary>
internal sealed class QuoteSpan(int open, int close, int last)
{
    public int Open { get; } = open;

    public int Close { get; } = close;

    /// <summary>Last token covered: the closing mark, or the paragraph's last token for an open quote.</summary>
    public int Last { get; } = last;

    public int Next { get; set; } = -1;

    public int Previous { get; set; } = -1;

    public bool IsClosed => Close >= 0;
}
