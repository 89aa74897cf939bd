namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// "Witkoff reportedly played a role", "the gun he allegedly used": the adverb is the whole cue and nobody is
/// named (PolNeAR's attribution without a source). The content is the clause around the adverb, in two pieces:
/// its subject (back to the clause opener) and the predicate after the adverb.
/// </summary>
internal static class AdverbCuePattern
{
    private const int MaxSubjectTokens = 12;

    private static readonly string[] Adverbs = ["reportedly", "allegedly", "reputedly", "purportedly"];

    public static void MatchAll(TextDocument doc, int sentence, bool[] usedCue, List<Draft> drafts)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first; k <= last; k++)
        {
            if (usedCue[k] || !doc.IsWord(k) || !IsAdverb(doc, k))
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

            var draft = new Draft { CueFirst = k, CueLast = k, Sentence = sentence, Confidence = 0.6, ImpliedSpeaker = "unnamed reports" };
            if (SubjectStart(doc, k, first) is var s && s >= 0 && s < k)
            {
                draft.Content.Add((s, k - 1));
            }

            draft.Content.Add((after, ContentBounds.End(doc, after, last)));
            usedCue[k] = true;
            drafts.Add(draft);
        }
    }

    private static bool IsAdverb(TextDocument doc, int k)
    {
        foreach (var a in Adverbs)
        {
            if (doc.Is(k, a))
            {
                return true;
            }
        }

        return false;
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

            if (doc.IsWord(j) && !doc.IsCapitalized(j) && IsOpener(doc, j))
            {
                return j + 1;
            }

            j--;
        }

        return j < first ? first : -1;
    }

    private static bool IsOpener(TextDocument doc, int j) =>
        doc.Is(j, "that") || doc.Is(j, "with") || doc.Is(j, "and") || doc.Is(j, "but") || doc.Is(j, "as") || doc.Is(j, "because") ||
        doc.Is(j, "while") || doc.Is(j, "after") || doc.Is(j, "since") || doc.Is(j, "where") || doc.Is(j, "when") || doc.Is(j, "if");
}
