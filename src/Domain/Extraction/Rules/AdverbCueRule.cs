using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "Witkoff reportedly played a role", "the gun he allegedly used", "the sale is expected to close": the adverb
/// (or "is expected") is the whole cue and nobody is
/// named (PolNeAR's attribution without a source). The content is the clause around the adverb, in two pieces:
/// its subject (back to the clause opener) and the predicate after the adverb.
/// </summary>
internal sealed class AdverbCueRule : IAttributionRule
{
    private static readonly int MaxSubjectTokens = RuleData.Count("adverb-cue.max-subject-tokens");
    private static readonly double Score = RuleData.Number("adverb-cue.score");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = RuleData.WordSet("cues.txt", "report-adverbs");

    public string Id => "adverb-cue";

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first; k <= last; k++)
        {
            if (!doc.IsWord(k))
            {
                continue;
            }

            if (ExpectedTo(doc, k, last) is var expected && expected > k)
            {
                into.Add(Make(doc, sentence, first, last, k, expected, expected + 1, "unnamed expectations"));
                k = expected;
                continue;
            }

            if (!doc.Has(k, Adverbs))
            {
                continue;
            }

            // "reportedly said", "allegedly told": the verb is the cue, and a source comes with it.
            if ((doc.IsWord(k + 1) && CueLexicon.TryGet(doc.Span(k + 1), out _)) || (doc.IsWord(k - 1) && CueLexicon.TryGet(doc.Span(k - 1), out _)))
            {
                continue;
            }

            var after = k + 1;
            while (after <= last && doc.IsPunct(after, ','))
            {
                after++;
            }

            if (after > last || !doc.IsWord(after))
            {
                continue;
            }

            into.Add(Make(doc, sentence, first, last, k, k, after, "unnamed reports"));
        }
    }

    private Candidate Make(TextDocument doc, int sentence, int first, int last, int cueFirst, int cueLast, int after, string speaker)
    {
        var content = new List<(int, int)>(2);
        if (SubjectStart(doc, cueFirst, first) is var s && s >= 0 && s < cueFirst)
        {
            content.Add((s, cueFirst - 1));
        }

        content.Add((after, ContentBounds.End(doc, after, last)));
        return new Candidate
        {
            RuleId = Id, Score = Score, Sentence = sentence, Anchor = cueFirst, CueFirst = cueFirst, CueLast = cueLast,
            Content = content, ImpliedSpeaker = speaker,
        };
    }

    // "is expected to", "are widely expected to", "was not expected to": a forecast nobody is named for.
    // Returns the index of "expected", or -1.
    private static int ExpectedTo(TextDocument doc, int k, int last)
    {
        if (!(doc.Is(k, "is") || doc.Is(k, "are") || doc.Is(k, "was") || doc.Is(k, "were")))
        {
            return -1;
        }

        var e = doc.Is(k + 1, "widely") || doc.Is(k + 1, "not") ? k + 2 : k + 1;
        return e + 1 <= last && doc.Is(e, "expected") && doc.Is(e + 1, "to") && doc.IsWord(e + 2) ? e : -1;
    }

    // Back to the clause opener: the sentence start, a comma or dash, or a subordinating word ("that", "with").
    private static int SubjectStart(TextDocument doc, int adverb, int first)
    {
        var j = adverb - 1;
        while (j >= first && j > adverb - MaxSubjectTokens)
        {
            if (doc.Tokens[j].Kind == TokenKind.Punct && doc.Text[doc.Tokens[j].Start] is ',' or ';' or ':' or '\u2014' or '(')
            {
                return j + 1;
            }

            if (doc.IsWord(j) && !doc.IsCapitalized(j) && doc.Has(j, WordSets.SubjectOpeners))
            {
                return j + 1;
            }

            j--;
        }

        return j < first ? first : -1;
    }
}
