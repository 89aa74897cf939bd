namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// The one place where candidates meet. It takes them in the order <see cref="RuleSet"/> proposes them (sentence by
/// sentence; within a sentence, higher-priority rules first; within a rule, left to right) and accepts each one
/// unless a cue accepted before it already covers its anchor token. Accepting a candidate reserves its cue (and a
/// transcript's speaker label). A clause that borrows its source (", adding that ...") takes the source of the
/// attribution accepted just before it in the same sentence. Per call state only, so rules stay stateless.
/// </summary>
internal static class CandidateResolver
{
    public static List<Draft> Resolve(TextDocument doc, IReadOnlyList<Candidate> candidates)
    {
        var drafts = new List<Draft>();
        var reserved = new bool[doc.Tokens.Length];
        var sentence = -1;
        Draft? previous = null;
        foreach (var c in candidates)
        {
            if (c.Sentence != sentence)
            {
                sentence = c.Sentence;
                previous = null;
            }

            if (reserved[c.Anchor] || Settle(doc, c, previous) is not { } draft)
            {
                continue;
            }

            for (var k = c.ReservesSource && c.HasSource ? Math.Min(c.SourceFirst, c.CueFirst) : c.CueFirst; k <= c.CueLast; k++)
            {
                reserved[k] = true;
            }

            drafts.Add(draft);
            previous = draft;
        }

        return drafts;
    }

    /// <summary>The draft an accepted candidate becomes once its source is settled, or null when it has none to borrow.</summary>
    private static Draft? Settle(TextDocument doc, Candidate c, Draft? previous)
    {
        var (sf, sl) = c.SharesPreviousSource && previous is { HasSource: true }
            ? (previous.SourceFirst, previous.SourceLast)
            : (c.SourceFirst, c.SourceLast);
        if (c.SharesPreviousSource && sf < 0)
        {
            return null;
        }

        var draft = new Draft
        {
            RuleId = c.RuleId,
            Sentence = c.Sentence,
            CueFirst = c.CueFirst,
            CueLast = c.CueLast,
            SourceFirst = sf,
            SourceLast = sl,
            Confidence = c.Score,
            IsFrame = c.IsFrame || (c.FrameIfOutlet && sf >= 0 && IsOutlet(doc, sf, sl)),
            ImpliedSpeaker = c.ImpliedSpeaker,
        };
        draft.Content.AddRange(c.Content);
        if (c.SourceJoinsContent && draft.HasSource)
        {
            PassiveCue.DropSource(doc, draft);
        }

        return draft;
    }

    /// <summary>"Bloomberg reports that ...": a capitalised outlet name makes the report a frame for what follows.</summary>
    internal static bool IsOutlet(TextDocument doc, int first, int last) =>
        doc.IsCapitalized(first) &&
        ActorKindGuesser.Guess(doc.Text[doc.Tokens[first].Start..doc.Tokens[last].End]) == Actors.ActorKind.Outlet;
}
