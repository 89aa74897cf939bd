namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "Asked whether he would run, Smith said ...", "When asked about the deal, she ...": the question is an
/// attribution without a source (the asker is not named); its content runs to the comma that closes the
/// participle clause. The answer after the comma is left to the other patterns.
/// </summary>
internal sealed class AskedRule : IAttributionRule
{
    private static readonly int MaxContentTokens = RuleData.Count("asked.max-content-tokens");
    private static readonly double Score = RuleData.Number("asked.score");

    public string Id => "asked";

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        var cue = doc.Is(first, "when") && doc.Is(first + 1, "asked") ? first + 1 : first;
        if (!doc.Is(cue, "asked") || !doc.IsCapitalized(first))
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

        into.Add(new Candidate
        {
            RuleId = Id, Score = Score, Sentence = sentence, Anchor = cue, CueFirst = cue, CueLast = cueLast, Content = [(start, end)],
        });
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
