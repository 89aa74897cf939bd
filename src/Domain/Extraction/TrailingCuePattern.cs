namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Content first, then "he said" / "said Smith": “We will win,” he said. Also handles the quote split around
/// the cue (“A,” he said, “B.”) and the quote continued in the next sentence or paragraphs.
/// </summary>
internal static class TrailingCuePattern
{
    private const int MaxTailTokens = 40;

    public static Draft? Match(TextDocument doc, int sentence, bool[] usedCue)
    {
        var (first, last) = doc.Sentences[sentence];
        var end = last;
        if (doc.Tokens[end].Kind == TokenKind.Punct && doc.Text[doc.Tokens[end].Start] is '.' or '!' or '?' or ':' or ';')
        {
            end--;
        }

        for (var b = first + 1; b < end && b < first + 400; b++)
        {
            var isClose = doc.IsClosingQuote(b) && doc.Quotes[doc.QuoteOf[b]].Open >= first;
            var isComma = doc.IsPunct(b, ',') && doc.QuoteOf[b] < 0;
            if (!isClose && !isComma)
            {
                continue;
            }

            var r0 = isClose && doc.IsPunct(b + 1, ',') ? b + 2 : b + 1;
            while (r0 <= end && doc.Tokens[r0].Kind == TokenKind.SingleQuote)
            {
                r0++;
            }

            if (r0 > end || end - r0 > MaxTailTokens)
            {
                continue;
            }

            var contentLast = isComma && doc.IsClosingQuote(b - 1) ? b - 1 : isClose ? b : b - 1;
            var contentFirst = first;
            if (isComma && doc.IsClosingQuote(b - 1))
            {
                contentFirst = Math.Min(first, doc.Quotes[doc.QuoteOf[b - 1]].Open);
            }

            if (contentLast - contentFirst < 1)
            {
                continue;
            }

            var draft = MatchTail(doc, r0, end, isClose || doc.IsClosingQuote(b - 1), usedCue, out var consumedEnd);
            if (draft is null)
            {
                continue;
            }

            draft.Sentence = sentence;
            AddQuoteAware(doc, draft, contentFirst, contentLast);
            AddContinuation(doc, draft, consumedEnd, last, sentence);
            draft.Confidence = doc.IsOpeningQuote(contentFirst) ? 0.95 : 0.75;
            for (var k = draft.CueFirst; k <= draft.CueLast; k++)
            {
                usedCue[k] = true;
            }

            return draft;
        }

        return null;
    }

    // R is either "CUE SOURCE" or "SOURCE CUE"; anything else means this comma was not the split point.
    private static Draft? MatchTail(TextDocument doc, int r0, int end, bool afterQuote, bool[] usedCue, out int consumedEnd)
    {
        consumedEnd = -1;
        if (IsTailCue(doc, r0) && !usedCue[r0] && !(CueLexicon.TryGet(doc.Span(r0), out var c0) && c0 == CueClass.Tell))
        {
            var cueLast = CueSpan.ExtendRight(doc, r0);
            var s0 = cueLast + 1;
            var s1 = s0;
            var lastComma = -1;
            while (s1 + 1 <= end && !(doc.IsPunct(s1 + 1, ',') && (IsTailStop(doc, s1 + 2) || doc.IsOpeningQuote(s1 + 2))) && !doc.IsOpeningQuote(s1 + 1) && !doc.IsPunct(s1 + 1, ';'))
            {
                // "said Nicky Driscoll, 24, who said ...": another attribution starts; the source ends at the comma.
                if (lastComma > 0 && doc.IsWord(s1 + 1) && !doc.IsCapitalized(s1 + 1) && CueLexicon.TryGet(doc.Span(s1 + 1), out _))
                {
                    s1 = lastComma - 1;
                    break;
                }

                if (doc.IsPunct(s1 + 1, ','))
                {
                    lastComma = s1 + 1;
                }

                // "said House Speaker Paul Ryan in a statement", "... - half a point": not part of the name.
                if (StartsCircumstance(doc, s1 + 1, lastComma < 0))
                {
                    break;
                }

                s1++;
            }

            // Without a quotation, "X, said Smith." must end with the source, or the comma was not the split point.
            var endsSentence = s1 == end || (doc.IsPunct(s1 + 1, ',') && IsTailStop(doc, s1 + 2));
            if (s0 > end || !doc.IsWord(s0) || (!afterQuote && (!endsSentence || !LooksLikeNamedSource(doc, s0, s1))))
            {
                return null;
            }

            consumedEnd = s1;
            return new Draft { CueFirst = r0, CueLast = cueLast, SourceFirst = s0, SourceLast = s1 };
        }

        for (var c = r0 + 1; c <= end && c <= r0 + 26; c++)
        {
            if (doc.Tokens[c].Kind == TokenKind.Quote)
            {
                return null;
            }

            if (!IsTailCue(doc, c) || usedCue[c])
            {
                continue;
            }

            var cueLast = CueSpan.ExtendRight(doc, c);
            var after = cueLast + 1;

            // "..., Sen. Grassley told POLITICO." — a named addressee after a telling verb ends the tail.
            if (CueLexicon.TryGet(doc.Span(c), out var tailClass) && tailClass == CueClass.Tell)
            {
                var a = doc.Is(after, "the") ? after + 1 : after;
                var n = a;
                while (n <= end && n < a + 4 && doc.IsCapitalized(n))
                {
                    n++;
                }

                if (n > a && (n > end || doc.IsPunct(n, ',')))
                {
                    after = n;
                }
            }

            while (after <= end && after <= cueLast + 3 && doc.IsWord(after) && (WordSets.Addressees.Contains(doc.Span(after)) || WordSets.Weekdays.Contains(doc.Span(after)) || doc.Is(after, "on")))
            {
                after++;
            }

            if (after <= end && !doc.IsPunct(after, ',') && !doc.IsPunct(after, '.') && !afterQuote)
            {
                return null;
            }

            if (afterQuote)
            {
                // “...,” McAuliffe said in making his announcement — the trailing phrase is neither source nor content.
                while (after <= end && !doc.IsPunct(after, ',') && !doc.IsOpeningQuote(after))
                {
                    after++;
                }
            }

            var cueFirst = CueSpan.ExtendLeft(doc, c, r0);
            var subjectEnd = cueFirst - 1;
            while (subjectEnd >= r0 && doc.IsWord(subjectEnd) && WordSets.SkippableAdverbs.Contains(doc.Span(subjectEnd)))
            {
                subjectEnd--;
            }

            var (sf, sl) = SubjectFinder.Before(doc, subjectEnd, r0);
            if (sf < 0 || sf > r0 + 1)
            {
                return null;
            }

            consumedEnd = Math.Min(after - 1, end);
            return new Draft { CueFirst = cueFirst, CueLast = cueLast, SourceFirst = sf, SourceLast = sl };
        }

        return null;
    }

    // "..., said Smith." without quotes is only trusted when what follows the cue is a short name-like phrase.
    private static bool LooksLikeNamedSource(TextDocument doc, int s0, int s1)
    {
        if (s1 - s0 > 14 || !(doc.IsCapitalized(s0) || doc.Is(s0, "a") || doc.Is(s0, "an") || doc.Is(s0, "the") || IsQuantifiedGroup(doc, s0, s1)))
        {
            return false;
        }

        for (var k = s0; k <= s1; k++)
        {
            if (doc.Is(k, "that") || (doc.IsWord(k) && CueLexicon.TryGet(doc.Span(k), out _)))
            {
                return false;
            }
        }

        return true;
    }

    // "said several observers", "say some Democrats", "said his aides": a short group or relation, not a clause.
    private static bool IsQuantifiedGroup(TextDocument doc, int s0, int s1) =>
        s1 - s0 <= 3 && s1 > s0 &&
        (doc.Is(s0, "several") || doc.Is(s0, "some") || doc.Is(s0, "many") || doc.Is(s0, "most") || doc.Is(s0, "other") ||
         doc.Is(s0, "two") || doc.Is(s0, "three") || doc.Is(s0, "his") || doc.Is(s0, "her") || doc.Is(s0, "their"));

    private static bool StartsCircumstance(TextDocument doc, int k, bool beforeAnyComma)
    {
        var t = doc.Tokens[k];
        if (t.Kind == TokenKind.Punct && doc.Text[t.Start] is '\u2014' or '\u2013' or '\u2015' or '-' or '(')
        {
            return true;
        }

        return beforeAnyComma && (doc.Is(k, "in") || doc.Is(k, "on") || doc.Is(k, "during") || doc.Is(k, "at") || doc.Is(k, "after")) &&
               (doc.Is(k + 1, "a") || doc.Is(k + 1, "an") || doc.Is(k + 1, "the") || doc.Is(k + 1, "his") || doc.Is(k + 1, "her") ||
                doc.Is(k + 1, "their") || doc.Is(k + 1, "its") || doc.IsWord(k + 1) && WordSets.DayNames.Contains(doc.Span(k + 1)));
    }

    private static bool IsTailCue(TextDocument doc, int k) =>
        doc.IsWord(k) && CueLexicon.TryGet(doc.Span(k), out var cls) && cls is CueClass.Speech or CueClass.Tell or CueClass.Belief &&
        !doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static bool IsTailStop(TextDocument doc, int k) =>
        doc.IsWord(k) && (WordSets.SourceTailStoppers.Contains(doc.Span(k)) ||
                          (doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !doc.IsCapitalized(k)));

    private static void AddQuoteAware(TextDocument doc, Draft draft, int first, int last)
    {
        // Text before the quotation in the same sentence ("In the letter, “...”") is not content.
        if (!doc.IsOpeningQuote(first) && doc.IsClosingQuote(last))
        {
            var open = doc.Quotes[doc.QuoteOf[last]].Open;
            var onlySymbolsBefore = true;
            for (var k = first; k < open && onlySymbolsBefore; k++)
            {
                onlySymbolsBefore = !doc.IsWord(k);
            }

            if (open > first && ((doc.IsPunct(open - 1, ',') && open - first < 8) || onlySymbolsBefore))
            {
                first = open;
            }
        }

        var q = doc.QuoteOf[first];
        if (doc.IsOpeningQuote(first) && doc.Quotes[q].Previous >= 0)
        {
            // This paragraph continues a quote opened earlier: the whole run is this speaker's content.
            var head = q;
            while (doc.Quotes[head].Previous >= 0)
            {
                head = doc.Quotes[head].Previous;
            }

            for (var h = head; h != q; h = doc.Quotes[h].Next)
            {
                draft.Content.Add((doc.Quotes[h].Open, doc.Quotes[h].Last));
            }
        }

        draft.Content.Add((first, last));
    }

    // “A,” he said, “B.” or “A,” he said. “B.” — B belongs to the same attribution.
    private static void AddContinuation(TextDocument doc, Draft draft, int consumedEnd, int sentenceLast, int sentence)
    {
        int open;
        if (doc.IsPunct(consumedEnd + 1, ',') && doc.IsOpeningQuote(consumedEnd + 2))
        {
            open = consumedEnd + 2;
        }
        else if (consumedEnd + 1 == sentenceLast && doc.IsPunct(sentenceLast, '.') && doc.IsOpeningQuote(sentenceLast + 1) &&
                 !doc.Tokens[sentenceLast + 1].ParagraphStart)
        {
            open = sentenceLast + 1;
            var (_, nextLast) = doc.Sentences[sentence + 1];
            var quote = doc.Quotes[doc.QuoteOf[open]];
            if (quote.IsClosed && quote.Last < nextLast - 1)
            {
                return;
            }
        }
        else
        {
            return;
        }

        for (var q = doc.QuoteOf[open]; q >= 0; q = doc.Quotes[q].Next)
        {
            draft.Content.Add((doc.Quotes[q].Open, doc.Quotes[q].Last));
        }
    }
}
