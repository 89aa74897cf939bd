namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// "From the report: “...”" / "his famous demand in Berlin: “...”": a noun phrase, a colon and a quotation,
/// with no reporting verb. The colon is the cue, as it is for transcripts.
/// </summary>
internal static class ColonQuotePattern
{
    private static bool HasCueWord(TextDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (doc.IsWord(k) && CueLexicon.TryGet(doc.Span(k), out _))
            {
                return true;
            }
        }

        return false;
    }

    public static void MatchAll(TextDocument doc, int sentence, bool[] usedCue, List<Draft> drafts)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first + 1; k < last; k++)
        {
            if (!doc.IsPunct(k, ':') || usedCue[k] || !doc.IsOpeningQuote(k + 1) || doc.QuoteOf[k] >= 0)
            {
                continue;
            }

            if (doc.IsWord(k - 1) && CueLexicon.TryGet(doc.Span(k - 1), out _))
            {
                continue;
            }

            var (sf, sl) = SubjectFinder.Before(doc, k - 1, first);
            while (sf >= 0 && sf < sl && (doc.Is(sf, "from") || doc.Is(sf, "in")))
            {
                sf++;
            }

            if (sf < 0 || sl - sf > 10 || HasCueWord(doc, Math.Max(first, k - 12), k - 1))
            {
                continue;
            }

            var q = doc.Quotes[doc.QuoteOf[k + 1]];
            var draft = new Draft { SourceFirst = sf, SourceLast = sl, CueFirst = k, CueLast = k, Sentence = sentence, Confidence = 0.6 };
            for (var n = doc.QuoteOf[k + 1]; n >= 0; n = doc.Quotes[n].Next)
            {
                draft.Content.Add((doc.Quotes[n].Open, doc.Quotes[n].Last));
            }

            usedCue[k] = true;
            drafts.Add(draft);
            k = q.Last;
        }
    }
}
