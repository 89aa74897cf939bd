namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Single forward pass over the text. Words keep internal apostrophes, hyphens and digit separators
/// ("Trump’s", "vice-presidential", "1,000") so later rules see them as one unit. Lone surrogates and
/// other oddities become one-character punctuation tokens, which keeps every offset valid.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var paragraphStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                paragraphStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (IsWordChar(c))
            {
                i = ScanWord(text, i);
                kind = TokenKind.Word;

                // "He’s said", "they’ve argued": the pronoun is the source and the auxiliary joins the cue.
                var split = PronounContractionSplit(text, start, i);
                if (split > 0)
                {
                    tokens.Add(new Token(start, split, TokenKind.Word, paragraphStart));
                    paragraphStart = false;
                    start = split;
                }
            }
            else if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
            {
                i++;
                kind = TokenKind.Quote;
            }
            else if (c is '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                // ''NYT style'' double quotes written as two apostrophes.
                i += 2;
                kind = TokenKind.Quote;
            }
            else if (c is '`' && i + 1 < text.Length && text[i + 1] == '`')
            {
                i += 2;
                kind = TokenKind.Quote;
            }
            else if (c is '\u2018' or '\u2019' or '\'')
            {
                i++;
                kind = TokenKind.SingleQuote;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                kind = TokenKind.Punct;
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }

            tokens.Add(new Token(start, i, kind, paragraphStart));
            paragraphStart = false;
        }

        return tokens;
    }

    private static readonly string[] Pronouns = ["he", "she", "it", "they", "we", "i", "you", "who", "that", "there"];

    private static int PronounContractionSplit(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || word.Length - apostrophe > 3)
        {
            return -1;
        }

        var suffix = word[(apostrophe + 1)..];
        if (!(suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase) ||
              suffix.Equals("d", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        var head = word[..apostrophe];
        foreach (var p in Pronouns)
        {
            if (head.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return start + apostrophe;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static int ScanWord(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            // Joiners count only between two word characters: "don’t", "U.S.-led", "3.5", "1,000".
            var joins = c is '\'' or '\u2019' or '-' or '\u2011' || (c is '.' or ',' && char.IsDigit(text[i - 1]));
            if (joins && i + 1 < text.Length && IsWordChar(text[i + 1]) && (c is not ('.' or ',') || char.IsDigit(text[i + 1])))
            {
                i += 2;
                continue;
            }

            break;
        }

        return i;
    }
}
