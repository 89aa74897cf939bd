namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// "Asked whether he would run, Smith said ...", "When asked about the deal, she ...": the question is an
/// attribution without a source (the asker is not named); its content runs to the comma that closes the
/// participle clause. The answer after the comma is left to the other patterns.
/// </summary>
internal static class AskedPattern
{
    private const int MaxContentTokens = 40;

    public static void MatchAll(TextDocument doc, int sentence, bool[] usedCue, List<Draft> drafts)
    {
        var (first, last) = doc.Sentences[sentence];
        var cue = doc.Is(first, "when") && doc.Is(first + 1, "asked") ? first + 1 : first;
        if (!doc.Is(cue, "asked") || usedCue[cue] || !doc.IsCapitalized(first))
        {
            return;
        }

        var cueLast = doc.Is(cue + 1, "about") ? cue + 1 : cue;
        var start = cueLast + 1;
        var end = ClauseEnd(doc, start, last);
        if (end < start || !doc.IsWord(start))
        {
            return;
        }

        var draft = new Draft { CueFirst = cue, CueLast = cueLast, Sentence = sentence, Confidence = 0.6 };
        draft.Content.Add((start, end));
        for (var c = cue; c <= cueLast; c++)
        {
            usedCue[c] = true;
        }

        drafts.Add(draft);
    }

    // The first comma outside a quotation; a quote closed just after its own comma ("president,”") ends there.
    private static int ClauseEnd(TextDocument doc, int start, int last)
    {
        for (var j = start; j <= last && j < start + MaxContentTokens; j++)
        {
            var q = doc.QuoteOf[j];
            if (q >= 0 && doc.Quotes[q].IsClosed && doc.Quotes[q].Open == j)
            {
                j = doc.Quotes[q].Close;
                if (doc.IsPunct(j + 1, ','))
                {
                    return j;
                }

                continue;
            }

            if (doc.IsPunct(j, ','))
            {
                return j - 1;
            }
        }

        return -1;
    }
}
