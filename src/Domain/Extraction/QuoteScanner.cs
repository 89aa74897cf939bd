namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Pairs quote marks within each paragraph. Straight quotes carry no direction, so the side of the word they
/// touch decides; curly quotes are trusted. Single curly quotes count only outside a double quotation
/// (headline scare quotes), since inside one they are nested quotes we do not split out.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuoteSpan> Scan(string text, Token[] tokens, List<(int First, int Last)> paragraphs, int[] quoteOf)
    {
        Array.Fill(quoteOf, -1);
        var quotes = new List<QuoteSpan>();
        foreach (var (first, last) in paragraphs)
        {
            var open = -1;
            var singleOpen = -1;
            for (var i = first; i <= last; i++)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Quote)
                {
                    var c = text[t.Start];
                    var opens = c switch
                    {
                        '\u201C' or '\u201E' or '\u00AB' => true,
                        '\u201D' or '\u00BB' => false,
                        _ => open < 0 && LooksOpening(text, t),
                    };
                    if (open < 0 && opens)
                    {
                        open = i;
                        singleOpen = -1;
                    }
                    else if (open >= 0 && !opens)
                    {
                        Add(quotes, quoteOf, open, i, i);
                        open = -1;
                    }
                    else if (open >= 0 && opens && c != '\u201C')
                    {
                        // A straight quote that looks opening while one is open is most often the close of a
                        // quote ending right before a word (typo-level spacing); pairing keeps the rest sane.
                        Add(quotes, quoteOf, open, i, i);
                        open = -1;
                    }
                    else if (open >= 0 && opens)
                    {
                        // Curly open inside an open quote: the earlier one was never closed; restart here.
                        open = i;
                    }
                }
                else if (t.Kind == TokenKind.SingleQuote && open < 0)
                {
                    var c = text[t.Start];
                    if (c == '\u2018' && singleOpen < 0)
                    {
                        singleOpen = i;
                    }
                    else if (c == '\u2019' && singleOpen >= 0 && i - singleOpen > 1 && i - singleOpen < 40)
                    {
                        Add(quotes, quoteOf, singleOpen, i, i);
                        singleOpen = -1;
                    }
                }
            }

            if (open >= 0 && open < last)
            {
                Add(quotes, quoteOf, open, -1, last);
            }
        }

        LinkContinuations(tokens, quotes);
        return quotes;
    }

    private static bool LooksOpening(string text, Token t)
    {
        var before = t.Start == 0 ? ' ' : text[t.Start - 1];
        var after = t.End >= text.Length ? ' ' : text[t.End];
        if (char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or '?' or '!' or ')')
        {
            return false;
        }

        return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '-' or ':' or '\u2013' || t.ParagraphStart;
    }

    private static void Add(List<QuoteSpan> quotes, int[] quoteOf, int open, int close, int last)
    {
        var id = quotes.Count;
        quotes.Add(new QuoteSpan(open, close, last));
        for (var i = open; i <= last; i++)
        {
            quoteOf[i] = id;
        }
    }

    // An open-ended quote continues into the next quote only if that one starts its paragraph.
    private static void LinkContinuations(Token[] tokens, List<QuoteSpan> quotes)
    {
        for (var q = 0; q + 1 < quotes.Count; q++)
        {
            var next = quotes[q + 1];
            if (!quotes[q].IsClosed && tokens[next.Open].ParagraphStart && next.Open == quotes[q].Last + 1)
            {
                quotes[q].Next = q + 1;
                next.Previous = q;
            }
        }
    }
}
