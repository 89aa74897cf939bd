namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>The subject that opens a sentence, for cues that follow their speaker's clause at a distance.</summary>
internal static partial class SubjectFinder
{
    /// <summary>The noun phrase opening the sentence, for "X did this, and said that ..." and ", saying ...".</summary>
    public static (int First, int Last) SentenceSubject(TextDocument doc, int sentenceFirst, int before)
    {
        // Try the sentence start, then after each of the first few introductory commas ("On Thursday, Trump ...").
        var from = sentenceFirst;
        for (var attempt = 0; attempt < 4 && from < before; attempt++)
        {
            var found = SubjectAt(doc, from, before);
            if (found.First >= 0)
            {
                return found;
            }

            while (from < before && !doc.IsPunct(from, ','))
            {
                from++;
            }

            from++;
        }

        return (-1, -1);
    }

    private static (int First, int Last) SubjectAt(TextDocument doc, int sentenceFirst, int before)
    {
        var k = sentenceFirst;
        while (k < before && doc.IsWord(k) && WordSets.ClauseOpeners.Contains(doc.Span(k)))
        {
            k++;
        }

        if (k < before && doc.IsWord(k) && WordSets.SubjectPronouns.Contains(doc.Span(k)) && !doc.Is(k, "that") && !doc.Is(k, "it"))
        {
            return (k, k);
        }

        var start = k;
        if (HumanGroupAt(doc, start, before) is { First: >= 0 } group)
        {
            return group;
        }

        while (k < before && k < start + 8 && (doc.IsCapitalized(k) || doc.IsPunct(k, '.') || doc.Is(k, "the") || (doc.Is(k, "of") && doc.IsCapitalized(k + 1))))
        {
            k++;
        }

        var isDeterminerOnly = k - 1 == start && (doc.Is(start, "the") || doc.Is(start, "a") || doc.Is(start, "an"));
        return k > start && doc.IsCapitalized(k - 1) && !doc.IsPunct(k, '.') && !isDeterminerOnly ? (start, k - 1) : (-1, -1);
    }

    // "The two leaders spoke ..., reaffirming": a short common-noun phrase headed by a people word, then a verb.
    private static (int First, int Last) HumanGroupAt(TextDocument doc, int start, int before)
    {
        if (!(doc.Is(start, "the") || doc.Is(start, "both") || doc.Is(start, "these") || doc.Is(start, "two") || doc.Is(start, "several")))
        {
            return (-1, -1);
        }

        for (var k = start + 1; k < before && k <= start + 3 && doc.IsWord(k) && !doc.IsCapitalized(k); k++)
        {
            if (SpeakerResolver.AnonymousHeads.Contains(doc.Span(k).ToString()))
            {
                return doc.IsWord(k + 1) && !doc.IsCapitalized(k + 1) ? (start, k) : (-1, -1);
            }
        }

        return (-1, -1);
    }
}
