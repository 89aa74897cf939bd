using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// The tokenised text with paragraph, sentence and quotation structure. Built once per Extract call and
/// never shared, which is what makes the extractor thread-safe without locks.
/// </summary>
internal sealed class TextDocument
{
    public TextDocument(string text)
    {
        Text = text;
        Tokens = [.. Tokenizer.Tokenize(text)];
        Paragraphs = FindParagraphs(Tokens);
        QuoteOf = new int[Tokens.Length];
        Quotes = QuoteScanner.Scan(text, Tokens, Paragraphs, QuoteOf);
        SentenceOf = new int[Tokens.Length];
        Sentences = FindSentences();
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public List<(int First, int Last)> Paragraphs { get; }

    public List<QuoteSpan> Quotes { get; }

    /// <summary>Per token, the quotation containing it (marks included) or -1.</summary>
    public int[] QuoteOf { get; }

    public List<(int First, int Last)> Sentences { get; }

    public int[] SentenceOf { get; }

    /// <summary>The paragraph holding a token (binary search: paragraphs are in text order).</summary>
    public int ParagraphOf(int token)
    {
        int lo = 0, hi = Paragraphs.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Paragraphs[mid].First <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public ReadOnlySpan<char> Span(int token) => Tokens[token].In(Text);

    public bool Is(int token, string word) =>
        token >= 0 && token < Tokens.Length && Span(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int token, char c) =>
        token >= 0 && token < Tokens.Length && Tokens[token].Kind == TokenKind.Punct && Tokens[token].Length == 1 && Text[Tokens[token].Start] == c;

    public bool IsWord(int token) => token >= 0 && token < Tokens.Length && Tokens[token].Kind == TokenKind.Word;

    public bool IsCapitalized(int token) => IsWord(token) && char.IsUpper(Text[Tokens[token].Start]);

    public bool IsOpeningQuote(int token) => token >= 0 && token < Tokens.Length && QuoteOf[token] >= 0 && Quotes[QuoteOf[token]].Open == token;

    public bool IsClosingQuote(int token) => token >= 0 && token < Tokens.Length && QuoteOf[token] >= 0 && Quotes[QuoteOf[token]].Close == token;

    private static List<(int, int)> FindParagraphs(Token[] tokens)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || tokens[i].ParagraphStart)
            {
                result.Add((start, i - 1));
                start = i;
            }
        }

        if (tokens.Length == 0)
        {
            result.Clear();
        }

        return result;
    }

    // Sentence ends are never placed inside a quotation: "“We won. We are strong,” he said." must stay one
    // unit or the cue would be cut off from its quote.
    private List<(int, int)> FindSentences()
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < Tokens.Length; i++)
        {
            var endHere = i + 1 == Tokens.Length || Tokens[i + 1].ParagraphStart || IsBoundaryAfter(i);
            if (endHere)
            {
                for (var k = start; k <= i; k++)
                {
                    SentenceOf[k] = result.Count;
                }

                result.Add((start, i));
                start = i + 1;
            }
        }

        return result;
    }

    private bool IsBoundaryAfter(int i)
    {
        var t = Tokens[i];
        var next = i + 1;
        if (t.Kind == TokenKind.Punct && t.Length == 1 && Text[t.Start] is '.' or '!' or '?' && QuoteOf[i] < 0)
        {
            if (Text[t.Start] == '.' && IsAbbreviation(i - 1))
            {
                return false;
            }

            return StartsSentence(next);
        }

        // ... end.” Next sentence — the closing mark belongs to the first sentence.
        if (IsClosingQuote(i) && i > 0 && Tokens[i - 1].Kind == TokenKind.Punct && Text[Tokens[i - 1].Start] is '.' or '!' or '?')
        {
            return StartsSentence(next) && !IsSpeechVerbAhead(next);
        }

        return false;
    }

    private bool StartsSentence(int token) =>
        token < Tokens.Length && (IsCapitalized(token) || IsOpeningQuote(token) || (IsWord(token) && char.IsDigit(Text[Tokens[token].Start])));

    // “Stop.” Trump said — a capitalised speaker right after a quote still belongs to it.
    private bool IsSpeechVerbAhead(int token)
    {
        for (var k = token; k < Math.Min(Tokens.Length, token + 4); k++)
        {
            if (IsWord(k) && CueLexicon.TryGet(Span(k), out var cls) && cls is CueClass.Speech or CueClass.Tell)
            {
                for (var j = k + 1; j < Math.Min(Tokens.Length, k + 6); j++)
                {
                    if (IsPunct(j, '.') || IsPunct(j, ',') || IsPunct(j, ':'))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private bool IsAbbreviation(int token)
    {
        if (!IsWord(token))
        {
            return false;
        }

        var s = Span(token);
        return s.Length == 1 || WordSets.Abbreviations.Contains(s) || (IsPunct(token - 1, '.') && s.Length <= 2);
    }
}
