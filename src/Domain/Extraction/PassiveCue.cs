namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// "Trump is expected to speak", "Sanders was asked to name ...": in a passive cue without a "by" agent the
/// grammatical subject is not who holds the view. PolNeAR marks these as attributions without a source whose
/// content is the subject followed by the rest of the clause.
/// </summary>
internal static class PassiveCue
{
    public static bool IsAgentless(TextDocument doc, int cueFirst, int verb, int cueLast)
    {
        if (!IsPastParticiple(doc.Span(verb)) || doc.Is(cueLast + 1, "by"))
        {
            return false;
        }

        for (var k = cueFirst; k < verb; k++)
        {
            if (doc.Is(k, "is") || doc.Is(k, "are") || doc.Is(k, "was") || doc.Is(k, "were") || doc.Is(k, "been") || doc.Is(k, "be"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the subject into the content; an expletive "it" ("it was reported that") is dropped.</summary>
    public static void DropSource(TextDocument doc, Draft draft)
    {
        if (!(draft.SourceFirst == draft.SourceLast && doc.Is(draft.SourceFirst, "it")))
        {
            draft.Content.Insert(0, (draft.SourceFirst, draft.SourceLast));
        }

        draft.SourceFirst = -1;
        draft.SourceLast = -1;
    }

    private static bool IsPastParticiple(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("thought", StringComparison.OrdinalIgnoreCase) || w.Equals("known", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("understood", StringComparison.OrdinalIgnoreCase) || w.Equals("said", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("shown", StringComparison.OrdinalIgnoreCase) || w.Equals("seen", StringComparison.OrdinalIgnoreCase);
}
