namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Finds the source noun phrase that precedes a cue. PolNeAR sources are whole noun phrases with their
/// identifying appositions ("Tom Miller, an analyst at X,"), but relative clauses ("who ...") are left out;
/// the rules below mirror that. All scanning is bounded by a small window, so cost is linear overall.
/// </summary>
internal static partial class SubjectFinder
{
    private static readonly int MaxSubjectTokens = RuleData.Count("subject.max-tokens");
    private static readonly int MaxAppositionTokens = RuleData.Count("subject.max-apposition-tokens");
    private static readonly int MaxParenTokens = RuleData.Count("subject.max-paren-tokens");
    private static readonly int MaxNameWalk = RuleData.Count("subject.max-name-walk");

    /// <summary>Returns the inclusive token range of the subject ending right before <paramref name="end"/>+1, or (-1,-1).</summary>
    public static (int First, int Last) Before(TextDocument doc, int end, int sentenceFirst)
    {
        if (end < sentenceFirst)
        {
            return (-1, -1);
        }

        // "Rep. Earl Blumenauer (D-Ore.) said": the party and state label stays in the source, after the name.
        if (doc.IsPunct(end, ')') && OpeningParen(doc, end, sentenceFirst) is var open && open > sentenceFirst &&
            !doc.IsPunct(open - 1, ')') && Before(doc, open - 1, sentenceFirst) is { First: >= 0 } named)
        {
            return (named.First, end);
        }

        // Infinitive after a causative ("prompting Trump to warn"): the subject sits before "to".
        if (doc.Is(end, "to"))
        {
            if (end - 1 < sentenceFirst || CueLexicon.TryGet(doc.Span(end - 1), out _))
            {
                return (-1, -1);
            }

            var causative = Causative(doc, end - 1, sentenceFirst);
            if (causative < 0)
            {
                return (-1, -1);
            }

            return causative + 1 <= end - 1 ? (causative + 1, end - 1) : (-1, -1);
        }

        // "Gov. Mike Pence on Thursday blamed": the time phrase is not part of the source.
        if (doc.IsWord(end) && WordSets.DayNames.Contains(doc.Span(end)) && end - 1 >= sentenceFirst)
        {
            end -= doc.Is(end - 1, "on") ? 2 : 1;
        }

        if (doc.IsWord(end) && WordSets.SubjectPronouns.Contains(doc.Span(end)))
        {
            return (end, end);
        }

        if (doc.IsPunct(end, ','))
        {
            return Apposition(doc, end, sentenceFirst);
        }

        return Clause(doc, end, sentenceFirst);
    }

    private static (int, int) Apposition(TextDocument doc, int comma, int sentenceFirst)
    {
        var open = -1;
        for (var k = comma - 1; k >= Math.Max(sentenceFirst, comma - MaxAppositionTokens); k--)
        {
            if (doc.IsPunct(k, ',') || doc.IsPunct(k, '('))
            {
                open = k;
                break;
            }

            if (doc.IsPunct(k, ';') || doc.IsPunct(k, ':') || doc.Tokens[k].Kind == TokenKind.Quote)
            {
                return (-1, -1);
            }
        }

        if (open < 0 || open == comma - 1)
        {
            return (-1, -1);
        }

        var head = Clause(doc, open - 1, sentenceFirst);
        if (head.Item1 < 0)
        {
            return head;
        }

        if (IsDiscourseAside(doc, open + 1, comma - 1) || IsCircumstantial(doc, open + 1))
        {
            return head;
        }

        // Relative clauses ("Ms. Ortiz, who chairs the board,") are kept: in the PolNeAR gold they are part of
        // the source far more often than not, although the guidelines call some of them incidental.
        for (var k = open + 1; k < comma; k++)
        {
            if (doc.IsWord(k) && CueLexicon.TryGet(doc.Span(k), out _))
            {
                return head;
            }
        }

        return (head.Item1, comma);
    }

    // The subject is the stretch from the start of its clause to the cue, when that stretch looks like a noun phrase.
    private static (int, int) Clause(TextDocument doc, int end, int sentenceFirst)
    {
        var start = end;
        var limit = Math.Max(sentenceFirst, end - MaxSubjectTokens);
        while (start > limit)
        {
            // "Sen. Marco Rubio (R-Fla.)": a short parenthesis inside the name is part of it.
            if (doc.IsPunct(start - 1, ')') && FindOpenParen(doc, start - 1, limit) is var open and >= 0)
            {
                start = open;
                continue;
            }

            if (IsBoundary(doc, start - 1))
            {
                break;
            }

            start--;
        }

        if (start == limit && start > sentenceFirst && !IsBoundary(doc, start - 1))
        {
            return Walk(doc, end, sentenceFirst);
        }

        // Leading "But", "Meanwhile" and causatives ("prompting", "leading") are not part of the source.
        while (start <= end && doc.IsWord(start) && (WordSets.ClauseOpeners.Contains(doc.Span(start)) || IsIngVerb(doc, start)))
        {
            start++;
        }

        if (start > end)
        {
            return (-1, -1);
        }

        for (var k = start; k <= end; k++)
        {
            if (doc.IsPunct(k, '(') && FindCloseParen(doc, k, end) is var close and >= 0)
            {
                k = close;
                continue;
            }

            // "her friend said", "its owner said": clause-initial "her"/"its" before a noun is a possessive, not an object.
            var possessive = k == start && k < end && (doc.Is(k, "her") || doc.Is(k, "its"));
            if (doc.Tokens[k].Kind is TokenKind.Quote || (doc.IsWord(k) && IsVerbLike(doc, k) && !possessive && !IsAdjectiveAfterDeterminer(doc, k, start, end)))
            {
                return Walk(doc, end, sentenceFirst);
            }
        }

        if (!doc.IsWord(start) && !doc.IsPunct(start, '$'))
        {
            return (-1, -1);
        }

        return (start, end);
    }

    // "The retired judge said", "a divided court ruled": an -ed word between a determiner and the head noun is an adjective.
    private static bool IsAdjectiveAfterDeterminer(TextDocument doc, int k, int start, int end) =>
        k > start && k < end && !WordSets.SubjectStoppers.Contains(doc.Span(k)) &&
        (doc.Is(k - 1, "the") || doc.Is(k - 1, "a") || doc.Is(k - 1, "an") || doc.Is(k - 1, "his") || doc.Is(k - 1, "her") || doc.Is(k - 1, "their"));

    // Fallback: the longest run of name-like tokens (capitalised words, "of", "the", initials) before the cue.
    private static (int, int) Walk(TextDocument doc, int end, int sentenceFirst)
    {
        var start = end + 1;
        for (var k = end; k >= Math.Max(sentenceFirst, end - MaxNameWalk); k--)
        {
            var ok = doc.IsCapitalized(k) || (doc.IsPunct(k, '.') && doc.IsCapitalized(k - 1)) ||
                     (doc.IsWord(k) && k < end && (doc.Is(k, "of") || doc.Is(k, "the")) && doc.IsCapitalized(k + 1));
            if (!ok)
            {
                break;
            }

            start = k;
        }

        if (start > end)
        {
            // "analysts said", "many voters say": a plain plural noun with up to two modifiers.
            if (doc.IsWord(end) && !WordSets.SubjectStoppers.Contains(doc.Span(end)) && doc.Span(end)[^1] == 's' && !IsVerbLike(doc, end))
            {
                start = end;
                while (start - 1 >= Math.Max(sentenceFirst, end - 2) && doc.IsWord(start - 1) && !WordSets.SubjectStoppers.Contains(doc.Span(start - 1)) && !IsVerbLike(doc, start - 1))
                {
                    start--;
                }

                return (start, end);
            }

            return (-1, -1);
        }

        while (start < end && doc.Is(start, "of"))
        {
            start++;
        }

        return (start, end);
    }

    // The "(" of a short parenthetical closed at token close, or -1.
    private static int OpeningParen(TextDocument doc, int close, int sentenceFirst)
    {
        for (var k = close - 1; k >= sentenceFirst && k >= close - MaxParenTokens; k--)
        {
            if (doc.IsPunct(k, '('))
            {
                return k;
            }

            if (doc.IsPunct(k, ')'))
            {
                return -1;
            }
        }

        return -1;
    }
}
