namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "From the report: “...”" / "his famous demand in Berlin: “...”": a noun phrase, a colon and a quotation,
/// with no reporting verb. The colon is the cue, as it is for transcripts.
/// </summary>
internal sealed class ColonQuoteRule : IAttributionRule
{
    private static readonly double Score = RuleData.Number("colon-quote.score");
    private static readonly int MaxSourceTokens = RuleData.Count("colon-quote.max-source-tokens");
    private static readonly int CueWordWindow = RuleData.Count("colon-quote.cue-word-window");

    public string Id => "colon-quote";

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

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first + 1; k < last; k++)
        {
            if (!doc.IsPunct(k, ':') || !doc.IsOpeningQuote(k + 1) || doc.QuoteOf[k] >= 0)
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

            if (sf < 0 || sl - sf > MaxSourceTokens || HasCueWord(doc, Math.Max(first, k - CueWordWindow), k - 1))
            {
                continue;
            }

            var q = doc.Quotes[doc.QuoteOf[k + 1]];
            var content = new List<(int, int)>();
            for (var n = doc.QuoteOf[k + 1]; n >= 0; n = doc.Quotes[n].Next)
            {
                content.Add((doc.Quotes[n].Open, doc.Quotes[n].Last));
            }

            into.Add(new Candidate
            {
                RuleId = Id, Score = Score, Sentence = sentence, Anchor = k, CueFirst = k, CueLast = k,
                SourceFirst = sf, SourceLast = sl, Content = content,
            });
            k = q.Last;
        }
    }
}
