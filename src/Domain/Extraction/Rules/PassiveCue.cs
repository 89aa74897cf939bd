namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "Trump is expected to speak", "Sanders was asked to name ...": in a passive cue without a "by" agent the
/// grammatical subject is not who holds the view. PolNeAR marks these as attributions without a source whose
/// content is the subject followed by the rest of the clause.
/// </summary>
internal static class PassiveCue
{
    private static readonly int MaxAgentTokens = RuleData.Count("passive.max-agent-tokens");

    public static bool IsAgentless(TextDocument doc, int cueFirst, int verb, int cueLast)
    {
        return IsPastParticiple(doc.Span(verb)) && !doc.Is(cueLast + 1, "by") && HasBe(doc, cueFirst, verb);
    }

    /// <summary>The noun phrase after "by" in a passive cue ("was asked by host Bill Maher"), or (-1, -1).</summary>
    public static (int First, int Last) ByAgent(TextDocument doc, int cueFirst, int verb, int cueLast, int sentenceLast)
    {
        if (!IsPastParticiple(doc.Span(verb)) || !doc.Is(cueLast + 1, "by") || !HasBe(doc, cueFirst, verb))
        {
            return (-1, -1);
        }

        var first = cueLast + 2;
        var k = first;
        while (k <= sentenceLast && k < first + MaxAgentTokens && (doc.IsWord(k) || doc.IsPunct(k, '.')) && !EndsAgent(doc, k))
        {
            k++;
        }

        // A sentence-final period is not part of the name; "Sen." inside it is.
        while (k - 1 >= first && doc.IsPunct(k - 1, '.'))
        {
            k--;
        }

        return k > first ? (first, k - 1) : (-1, -1);
    }

    /// <summary>Moves the subject into the content; an expletive "it" ("it was reported that") is dropped.</summary>
    public static void DropSource(TextDocument doc, Draft draft)
    {
        SubjectIntoContent(doc, draft.Content, draft.SourceFirst, draft.SourceLast);
        draft.SourceFirst = -1;
        draft.SourceLast = -1;
    }

    /// <summary>The grammatical subject becomes the first piece of content, unless it is an expletive "it".</summary>
    public static void SubjectIntoContent(TextDocument doc, List<(int First, int Last)> content, int first, int last)
    {
        if (!(first == last && doc.Is(first, "it")))
        {
            content.Insert(0, (first, last));
        }
    }

    private static bool HasBe(TextDocument doc, int cueFirst, int verb)
    {
        for (var k = cueFirst; k < verb; k++)
        {
            if (doc.Is(k, "is") || doc.Is(k, "are") || doc.Is(k, "was") || doc.Is(k, "were") || doc.Is(k, "been") || doc.Is(k, "be"))
            {
                return true;
            }
        }

        return false;
    }

    // Words that open what follows the agent: a clause, a question, a time or place phrase.
    private static bool EndsAgent(TextDocument doc, int k) => doc.Has(k, WordSets.AgentEnders);

    private static bool IsPastParticiple(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || WordSets.IrregularParticiples.Contains(w);
}
