namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Content first, then "he said" / "said Smith": “We will win,” he said. Also handles the quote split around
/// the cue (“A,” he said, “B.”) and the quote continued in the next sentence or paragraphs.
/// </summary>
internal sealed partial class TrailingCueRule : IAttributionRule
{
    private static readonly double ScoreQuoted = RuleData.Number("trailing-cue.score-quoted");
    private static readonly double ScorePlain = RuleData.Number("trailing-cue.score-plain");
    private static readonly int MaxSentenceScan = RuleData.Count("trailing-cue.max-sentence-scan");
    private static readonly int MaxTailTokens = RuleData.Count("trailing-cue.max-tail-tokens");
    private static readonly int MaxCueAfterSplit = RuleData.Count("trailing-cue.max-cue-after-split");
    private static readonly int MaxNamedSourceTokens = RuleData.Count("trailing-cue.max-named-source-tokens");
    private static readonly int MaxGroupTokens = RuleData.Count("trailing-cue.max-group-tokens");

    public string Id => "trailing-cue";

    /// <summary>At most one per sentence: the first comma or closing quote followed by a tail that reads as cue and source.</summary>
    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        var end = last;
        if (doc.Tokens[end].Kind == TokenKind.Punct && doc.Text[doc.Tokens[end].Start] is '.' or '!' or '?' or ':' or ';')
        {
            end--;
        }

        for (var b = first + 1; b < end && b < first + MaxSentenceScan; b++)
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

            var tail = MatchTail(doc, r0, end, isClose || doc.IsClosingQuote(b - 1), out var consumedEnd);
            if (tail.CueFirst < 0)
            {
                continue;
            }

            var content = new List<(int, int)>(2);
            AddQuoteAware(doc, content, contentFirst, contentLast);
            AddContinuation(doc, content, consumedEnd, last, sentence);
            into.Add(new Candidate
            {
                RuleId = Id, Score = doc.IsOpeningQuote(contentFirst) ? ScoreQuoted : ScorePlain, Sentence = sentence, Anchor = tail.Verb,
                CueFirst = tail.CueFirst, CueLast = tail.CueLast, SourceFirst = tail.SourceFirst, SourceLast = tail.SourceLast, Content = content,
            });
            return;
        }
    }

    /// <summary>Cue and source found in the tail; <see cref="Verb"/> is the reporting verb the cue is built around.</summary>
    private readonly record struct Tail(int Verb, int CueFirst, int CueLast, int SourceFirst, int SourceLast)
    {
        public static Tail None { get; } = new(-1, -1, -1, -1, -1);
    }

    // R is either "CUE SOURCE" or "SOURCE CUE"; anything else means this comma was not the split point.
    private static Tail MatchTail(TextDocument doc, int r0, int end, bool afterQuote, out int consumedEnd)
    {
        consumedEnd = -1;
        if (IsTailCue(doc, r0) && !(CueLexicon.TryGet(doc.Span(r0), out var c0) && c0 == CueClass.Tell))
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
                return Tail.None;
            }

            consumedEnd = s1;
            return new Tail(r0, r0, cueLast, s0, s1);
        }

        for (var c = r0 + 1; c <= end && c <= r0 + MaxCueAfterSplit; c++)
        {
            if (doc.Tokens[c].Kind == TokenKind.Quote)
            {
                return Tail.None;
            }

            if (!IsTailCue(doc, c))
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
                return Tail.None;
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
                return Tail.None;
            }

            consumedEnd = Math.Min(after - 1, end);
            return new Tail(c, cueFirst, cueLast, sf, sl);
        }

        return Tail.None;
    }

    // "..., said Smith." without quotes is only trusted when what follows the cue is a short name-like phrase.
    private static bool LooksLikeNamedSource(TextDocument doc, int s0, int s1)
    {
        if (s1 - s0 > MaxNamedSourceTokens || !(doc.IsCapitalized(s0) || doc.Is(s0, "a") || doc.Is(s0, "an") || doc.Is(s0, "the") || IsQuantifiedGroup(doc, s0, s1)))
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
        s1 - s0 <= MaxGroupTokens && s1 > s0 && doc.Has(s0, WordSets.GroupQuantifiers);

    private static bool StartsCircumstance(TextDocument doc, int k, bool beforeAnyComma)
    {
        var t = doc.Tokens[k];
        if (t.Kind == TokenKind.Punct && doc.Text[t.Start] is '\u2014' or '\u2013' or '\u2015' or '-' or '(')
        {
            return true;
        }

        return beforeAnyComma && doc.Has(k, WordSets.TailCircumstances) &&
               (doc.Is(k + 1, "a") || doc.Is(k + 1, "an") || doc.Is(k + 1, "the") || doc.Is(k + 1, "his") || doc.Is(k + 1, "her") ||
                doc.Is(k + 1, "their") || doc.Is(k + 1, "its") || doc.IsWord(k + 1) && WordSets.DayNames.Contains(doc.Span(k + 1)));
    }

    private static bool IsTailCue(TextDocument doc, int k) =>
        doc.IsWord(k) && CueLexicon.TryGet(doc.Span(k), out var cls) && cls is CueClass.Speech or CueClass.Tell or CueClass.Belief &&
        !doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static bool IsTailStop(TextDocument doc, int k) =>
        doc.IsWord(k) && (WordSets.SourceTailStoppers.Contains(doc.Span(k)) ||
                          (doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !doc.IsCapitalized(k)));
}
