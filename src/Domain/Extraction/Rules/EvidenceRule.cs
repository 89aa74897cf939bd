using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "In a Quinnipiac poll released Monday, 50 percent ..." — a survey or study introduced by "in" acts as
/// the source (interviews and statements are not: there a speaker and "said" usually follow), "in" is the cue, and the rest of the sentence is what it shows.
/// </summary>
internal sealed class EvidenceRule : IAttributionRule
{
    private static readonly int MaxSourceTokens = RuleData.Count("evidence.max-source-tokens");
    private static readonly double Score = RuleData.Number("evidence.score");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EvidenceNouns = RuleData.WordSet("cues.txt", "evidence-nouns");

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

            evidence |= doc.Has(j, EvidenceNouns);
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
            RuleId = Id, Score = Score, Sentence = sentence, Anchor = k, CueFirst = k, CueLast = k,
            SourceFirst = k + 1, SourceLast = comma - 1, Content = [(comma + 1, end)],
        });
    }
}
