using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>What accurate mode takes from the rules besides hints: their cues the cue stage missed, and naming quotes.</summary>
internal static class RuleShapes
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamingVerbs = Rules.RuleData.WordSet("cues.txt", "naming-verbs");

    /// <summary>Cues of rule drafts that share no token with a cue the cue stage found.</summary>
    public static IEnumerable<(int First, int Last)> CuesMissedByModel(DocumentContext ctx, List<(int First, int Last)> modelCues)
    {
        var taken = new bool[ctx.Doc.Tokens.Length];
        foreach (var (f, l) in modelCues)
        {
            Array.Fill(taken, true, f, l - f + 1);
        }

        foreach (var d in ctx.RuleDrafts)
        {
            if (!taken.AsSpan(d.CueFirst, d.CueLast - d.CueFirst + 1).Contains(true))
            {
                Array.Fill(taken, true, d.CueFirst, d.CueLast - d.CueFirst + 1);
                yield return (d.CueFirst, d.CueLast);
            }
        }
    }

    /// <summary>
    /// "what it called a “final offer”": a naming verb after "what" and its subject, followed within a few words by a
    /// quotation. PolNeAR's annotators marked about a third of these (the cue stage rarely proposes them); a newsroom
    /// records a label pinned on someone as that someone's words. The draft keeps the rule's source and cue with the
    /// quotation (marks included) as its content, or is null when the shape is not there.
    /// </summary>
    public static Draft? NamingQuote(TextDocument doc, Draft rule)
    {
        if (!rule.HasSource || !doc.Is(rule.SourceFirst - 1, "what") || !NamingVerbs.Contains(doc.Span(rule.CueFirst)))
        {
            return null;
        }

        for (var k = rule.CueLast + 1; k < Math.Min(doc.Tokens.Length, rule.CueLast + 4); k++)
        {
            if (doc.IsOpeningQuote(k))
            {
                var draft = new Draft
                {
                    SourceFirst = rule.SourceFirst,
                    SourceLast = rule.SourceLast,
                    CueFirst = rule.CueFirst,
                    CueLast = rule.CueLast,
                    Sentence = rule.Sentence,
                    RuleId = rule.RuleId,
                };
                draft.Content.Add((k, doc.Quotes[doc.QuoteOf[k]].Last));
                return draft;
            }
        }

        return null;
    }
}
