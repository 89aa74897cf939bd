namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Where the content of a forward attribution ("X said that ...") ends: at the sentence end, minus the final
/// full stop, but before tails that belong to someone else (", according to", ", adding that", ", he said").
/// </summary>
internal static class ContentBounds
{
    // Real sentences are far shorter; the cap keeps a punctuation-free megabyte from turning quadratic.
    private static readonly int MaxContentTokens = RuleData.Count("content.max-tokens");
    private static readonly int ForeignTailWindow = RuleData.Count("content.foreign-tail-window");

    public static int End(TextDocument doc, int from, int sentenceLast)
    {
        var quote = doc.QuoteOf[from];
        sentenceLast = Math.Min(sentenceLast, from + MaxContentTokens);
        var last = sentenceLast;
        for (var k = from + 1; k <= sentenceLast; k++)
        {
            if (doc.QuoteOf[k] >= 0 && doc.QuoteOf[k] != quote)
            {
                continue;
            }

            // A cue inside a quotation cannot carry content past the closing mark.
            if (quote >= 0 && doc.Quotes[quote].Last == k && doc.Quotes[quote].Open < from)
            {
                last = k - 1;
                break;
            }

            if ((doc.IsPunct(k, ',') || doc.IsPunct(k, ';') || doc.IsPunct(k, '\u2014')) && IsForeignTail(doc, k + 1, sentenceLast))
            {
                last = k - 1;
                break;
            }
        }

        while (last > from && doc.Tokens[last].Kind == TokenKind.Punct && doc.Text[doc.Tokens[last].Start] is '.' or ',' or ';' or ':' or '\u2014' && doc.QuoteOf[last] < 0)
        {
            last--;
        }

        return last;
    }

    private static bool IsForeignTail(TextDocument doc, int k, int sentenceLast)
    {
        if (!doc.IsWord(k))
        {
            return false;
        }

        var w = doc.Span(k);
        if (WordSets.ForeignTailOpeners.Contains(w))
        {
            return true;
        }

        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && CueLexicon.TryGet(w, out _))
        {
            return true;
        }

        // ", he said." / ", Smith added." at the end of the sentence.
        var j = k;
        while (j <= sentenceLast && j < k + ForeignTailWindow && !CueLexicon.TryGet(doc.Span(j), out _))
        {
            if (!doc.IsWord(j) && !doc.IsPunct(j, '.'))
            {
                return false;
            }

            j++;
        }

        return j <= sentenceLast && j < k + ForeignTailWindow && j > k && (j == sentenceLast || doc.IsPunct(j + 1, '.') || doc.IsPunct(j + 1, ','));
    }
}
