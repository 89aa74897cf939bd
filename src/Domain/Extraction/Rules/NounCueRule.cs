using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Nouns of saying and believing with a that-clause: "Trump’s claim that ...", "his insistence that ...",
/// "the warning by Senator Cruz that ...". The possessor (or the "by" phrase) is the source, the noun the cue,
/// and the that-clause the content. Without "that" these nouns are mostly topics, not attributions.
/// </summary>
internal sealed class NounCueRule : IAttributionRule
{
    private static readonly int MaxNameTokens = RuleData.Count("noun-cue.max-name-tokens");
    private static readonly double Score = RuleData.Number("noun-cue.score");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nouns = RuleData.WordSet("cues.txt", "noun-cues");

    public string Id => "noun-cue";

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first + 1; k < last; k++)
        {
            if (!doc.IsWord(k) || !Nouns.Contains(doc.Span(k)))
            {
                continue;
            }

            int sf, sl, thatAt;
            if (doc.Is(k + 1, "that") && Possessor(doc, k - 1, first) is { First: >= 0 } owner)
            {
                (sf, sl) = owner;
                thatAt = k + 1;
            }
            else if (doc.Is(k + 1, "by") && ByName(doc, k + 2, last) is { First: >= 0 } agent && doc.Is(agent.Last + 1, "that"))
            {
                (sf, sl) = agent;
                thatAt = agent.Last + 1;
            }
            else
            {
                continue;
            }

            var end = ContentBounds.End(doc, thatAt, last);
            if (end <= thatAt)
            {
                continue;
            }

            into.Add(new Candidate
            {
                RuleId = Id, Score = Score, Sentence = sentence, Anchor = k, CueFirst = k, CueLast = k,
                SourceFirst = sf, SourceLast = sl, Content = [(thatAt, end)],
            });
        }
    }

    // "Donald Trump’s", "Sen. Cruz’s", "his", "the company’s": the possessive phrase ending just before the noun.
    private static (int First, int Last) Possessor(TextDocument doc, int p, int first)
    {
        if (!doc.IsWord(p))
        {
            return (-1, -1);
        }

        if (doc.Is(p, "his") || doc.Is(p, "her") || doc.Is(p, "their"))
        {
            return (p, p);
        }

        var w = doc.Span(p);
        if (!(w.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("'s", StringComparison.OrdinalIgnoreCase)) || w.Length < 4)
        {
            return (-1, -1);
        }

        var s = p;
        if (doc.IsCapitalized(p))
        {
            while (s - 1 >= first && s > p - MaxNameTokens && (doc.IsCapitalized(s - 1) || (doc.IsPunct(s - 1, '.') && doc.IsCapitalized(s - 2))))
            {
                s--;
            }
        }
        else if (doc.Is(p - 1, "the"))
        {
            s = p - 1;
        }

        return (s, p);
    }

    // "by Senator Ted Cruz": a capitalised name right after "by".
    private static (int First, int Last) ByName(TextDocument doc, int from, int last)
    {
        var k = from;
        while (k <= last && k < from + MaxNameTokens && (doc.IsCapitalized(k) || (doc.IsPunct(k, '.') && doc.IsCapitalized(k + 1))))
        {
            k++;
        }

        return k > from ? (from, k - 1) : (-1, -1);
    }
}
