namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "According to X, C." and "C, according to X." The cue is the two words "according to"; the source is the
/// noun phrase after them. At the start of a paragraph the frame also governs the sentences that follow.
/// </summary>
internal sealed class AccordingToRule : IAttributionRule
{
    private static readonly int MaxSourceTokens = RuleData.Count("according-to.max-source-tokens");
    private static readonly double Score = RuleData.Number("according-to.score");

    public string Id => "according-to";

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first; k < last; k++)
        {
            if (!doc.Is(k, "according") || !doc.Is(k + 1, "to"))
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

            (int First, int Last) content;
            var isFrame = false;
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

                content = (start, ContentBounds.End(doc, start, last));
                isFrame = sentence == ParagraphFirstSentence(doc, k) || doc.Tokens[first].ParagraphStart;
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

                content = (start, end);
            }

            into.Add(new Candidate
            {
                RuleId = Id, Score = Score, Sentence = sentence, Anchor = k, CueFirst = k, CueLast = k + 1,
                SourceFirst = s0, SourceLast = s1, Content = [content], IsFrame = isFrame,
            });
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
