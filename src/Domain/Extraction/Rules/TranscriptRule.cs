namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "PENCE: Well, look, ..." — a speaker label and a colon at the start of a paragraph; the colon is the cue
/// and the rest of the paragraph is the content. Also covers "Name: headline claim" headlines.
/// </summary>
internal sealed class TranscriptRule : IAttributionRule
{
    private static readonly int MaxLabelWords = RuleData.Count("transcript.max-label-words");
    private static readonly double ScoreAllCaps = RuleData.Number("transcript.score-all-caps");
    private static readonly double ScoreMixedCase = RuleData.Number("transcript.score-mixed-case");

    public string Id => "transcript";

    /// <summary>A speaker line opens its paragraph, so only a paragraph's first sentence can propose one.</summary>
    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var opening = doc.Sentences[sentence].First;
        if (doc.Tokens[opening].ParagraphStart && Match(doc, doc.ParagraphOf(opening), sentence) is { } candidate)
        {
            into.Add(candidate);
        }
    }

    private Candidate? Match(TextDocument doc, int paragraph, int sentence)
    {
        var (first, last) = doc.Paragraphs[paragraph];
        var s0 = doc.IsOpeningQuote(first) || doc.Tokens[first].Kind == TokenKind.Quote ? first + 1 : first;
        var colon = -1;
        var allCaps = true;
        for (var k = s0; k <= last && k < s0 + MaxLabelWords + 3; k++)
        {
            if (doc.IsPunct(k, ':'))
            {
                colon = k;
                break;
            }

            if (doc.IsCapitalized(k) && !WordSets.NotSpeakerLabels.Contains(doc.Span(k)) && !char.IsDigit(doc.Text[doc.Tokens[k].Start]))
            {
                allCaps &= IsAllCaps(doc.Span(k));
                continue;
            }

            if (doc.IsPunct(k, '.') || doc.Is(k, "of") || doc.Is(k, "the"))
            {
                continue;
            }

            return null;
        }

        if (colon <= s0 || colon >= last)
        {
            return null;
        }

        var end = last;
        if (doc.Tokens[end].Kind == TokenKind.Quote && !doc.IsOpeningQuote(end) && doc.QuoteOf[end] < 0)
        {
            end--;
        }

        if (!allCaps && doc.IsPunct(end, '.'))
        {
            end--;
        }

        if (end <= colon)
        {
            return null;
        }

        return new Candidate
        {
            RuleId = Id, Score = allCaps ? ScoreAllCaps : ScoreMixedCase, Sentence = sentence, Anchor = colon, CueFirst = colon, CueLast = colon,
            SourceFirst = s0, SourceLast = colon - 1, Content = [(colon + 1, end)], ReservesSource = true,
        };
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return word.Length > 1;
    }
}
