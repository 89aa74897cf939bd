namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// "According to X, C." and "C, according to X." The cue is the two words "according to"; the source is the
/// noun phrase after them. At the start of a paragraph the frame also governs the sentences that follow.
/// </summary>
internal static class AccordingToPattern
{
    private const int MaxSourceTokens = 20;

    public static void MatchAll(TextDocument doc, int sentence, bool[] usedCue, List<Draft> drafts)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first; k < last; k++)
        {
            if (!doc.Is(k, "according") || !doc.Is(k + 1, "to") || usedCue[k])
            {
                continue;
            }

            var s0 = k + 2;
            var s1 = s0;
            while (s1 + 1 <= last && s1 + 1 < s0 + MaxSourceTokens && !IsSourceEnd(doc, s1 + 1))
            {
                s1++;
            }

            if (s0 > last || !(doc.IsWord(s0) || doc.IsOpeningQuote(s0)))
            {
                continue;
            }

            var draft = new Draft { CueFirst = k, CueLast = k + 1, SourceFirst = s0, SourceLast = s1, Sentence = sentence, Confidence = 0.9 };
            if (AtClauseStart(doc, k, first))
            {
                var start = s1 + 1;
                while (start <= last && (doc.IsPunct(start, ',') || doc.IsPunct(start, ':')))
                {
                    start++;
                }

                if (start > last)
                {
                    continue;
                }

                draft.Content.Add((start, ContentBounds.End(doc, start, last)));
                draft.IsFrame = sentence == ParagraphFirstSentence(doc, k) || doc.Tokens[first].ParagraphStart;
            }
            else
            {
                var end = k - 1;
                while (end > first && doc.Tokens[end].Kind == TokenKind.Punct && doc.Text[doc.Tokens[end].Start] is ',' or '\u2014' or '(' or '-')
                {
                    end--;
                }

                var start = first;
                if (end < start || (end == start && !doc.IsWord(start)))
                {
                    continue;
                }

                draft.Content.Add((start, end));
            }

            usedCue[k] = usedCue[k + 1] = true;
            drafts.Add(draft);
        }
    }

    private static bool IsSourceEnd(TextDocument doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind == TokenKind.Punct)
        {
            return doc.Text[t.Start] is ',' or ';' or ':' or '\u2014' or ')' || (doc.Text[t.Start] is '.' && !doc.IsCapitalized(k - 1));
        }

        return doc.IsOpeningQuote(k) || doc.Is(k, "that");
    }

    private static bool AtClauseStart(TextDocument doc, int k, int first)
    {
        var j = k - 1;
        while (j >= first && (doc.IsPunct(j, ')') || doc.IsPunct(j, '(') || doc.IsPunct(j, ',') || doc.IsCapitalized(j) && j < first + 4 && (doc.IsPunct(j - 1, '(') || WordSets.ClauseOpeners.Contains(doc.Span(j))) || (doc.IsWord(j) && WordSets.ClauseOpeners.Contains(doc.Span(j)))))
        {
            j--;
        }

        return j < first;
    }

    private static int ParagraphFirstSentence(TextDocument doc, int token)
    {
        var s = doc.SentenceOf[token];
        while (s > 0 && !doc.Tokens[doc.Sentences[s].First].ParagraphStart)
        {
            s--;
        }

        return s;
    }
}
