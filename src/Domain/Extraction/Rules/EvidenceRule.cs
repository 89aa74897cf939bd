namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "In a Quinnipiac poll released Monday, 50 percent ..." — a survey or study introduced by "in" acts as
/// the source (interviews and statements are not: there a speaker and "said" usually follow), "in" is the cue, and the rest of the sentence is what it shows.
/// </summary>
internal sealed class EvidenceRule : IAttributionRule
{
    private const int MaxSourceTokens = 16;

    public string Id => "evidence";

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        var k = first;
        while (k < last && doc.IsWord(k) && WordSets.ClauseOpeners.Contains(doc.Span(k)))
        {
            k++;
        }

        if (!doc.Is(k, "in"))
        {
            return;
        }

        var comma = -1;
        var evidence = false;
        for (var j = k + 1; j <= last && j <= k + MaxSourceTokens; j++)
        {
            if (doc.IsPunct(j, ','))
            {
                comma = j;
                break;
            }

            evidence |= doc.IsWord(j) && IsEvidenceNoun(doc.Span(j));
        }

        if (comma < 0 || !evidence || comma + 1 > last)
        {
            return;
        }

        var end = ContentBounds.End(doc, comma + 1, last);
        if (end <= comma + 1)
        {
            return;
        }

        into.Add(new Candidate
        {
            RuleId = Id, Score = 0.6, Sentence = sentence, Anchor = k, CueFirst = k, CueLast = k,
            SourceFirst = k + 1, SourceLast = comma - 1, Content = [(comma + 1, end)],
        });
    }

    private static bool IsEvidenceNoun(ReadOnlySpan<char> w) =>
        w.Equals("poll", StringComparison.OrdinalIgnoreCase) || w.Equals("survey", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("study", StringComparison.OrdinalIgnoreCase) || w.Equals("report", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("words", StringComparison.OrdinalIgnoreCase) || w.Equals("view", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("opinion", StringComparison.OrdinalIgnoreCase) || w.Equals("ruling", StringComparison.OrdinalIgnoreCase);
}
