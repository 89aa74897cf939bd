namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>Word- and punctuation-level tests the subject search relies on, kept apart to keep each file readable.</summary>
internal static partial class SubjectFinder
{
    // "Murphy, though, said" / "Gates, in contrast, told": the aside is neither source nor cue.
    private static bool IsDiscourseAside(TextDocument doc, int first, int last)
    {
        if (last - first > 2)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var w = doc.Span(k);
            if (!(WordSets.ClauseOpeners.Contains(w) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || WordSets.AsideWords.Contains(w) ||
                  WordSets.DayNames.Contains(w)))
            {
                return false;
            }
        }

        return true;
    }

    // "Politico, in an extensive look at ..., described": a circumstance, not an identifying apposition.
    private static bool IsCircumstantial(TextDocument doc, int k) => doc.Has(k, WordSets.CircumstanceOpeners);

    private static bool IsBoundary(TextDocument doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind == TokenKind.Quote)
        {
            return true;
        }

        if (t.Kind == TokenKind.Punct)
        {
            var c = doc.Text[t.Start];
            return c is ',' or ';' or ':' or '(' or ')' or '\u2014' or '\u2013' or '\u2015' or '[' or ']' || (c == '-' && t.Length == 1 && doc.Text.AsSpan(t.Start - 1, Math.Min(3, doc.Text.Length - t.Start + 1)).Contains(' '));
        }

        var s = doc.Span(k);
        return s.Equals("that", StringComparison.OrdinalIgnoreCase) || s.Equals("because", StringComparison.OrdinalIgnoreCase) ||
               s.Equals("while", StringComparison.OrdinalIgnoreCase) || s.Equals("when", StringComparison.OrdinalIgnoreCase) ||
               s.Equals("if", StringComparison.OrdinalIgnoreCase) || s.Equals("although", StringComparison.OrdinalIgnoreCase) ||
               (s.Equals("and", StringComparison.OrdinalIgnoreCase) && !JoinsNounPhrases(doc, k)) || s.Equals("but", StringComparison.OrdinalIgnoreCase) ||
               s.Equals("since", StringComparison.OrdinalIgnoreCase) || s.Equals("where", StringComparison.OrdinalIgnoreCase) ||
               s.Equals("whether", StringComparison.OrdinalIgnoreCase) || s.Equals("though", StringComparison.OrdinalIgnoreCase) ||
               s.Equals("as", StringComparison.OrdinalIgnoreCase) || s.Equals("so", StringComparison.OrdinalIgnoreCase) ||
               (CueLexicon.TryGet(s, out _) && !char.IsUpper(s[0]));
    }

    // "prompting Trump to warn", "urging the senator to reconsider": returns the -ing verb's index, or -1.
    private static int Causative(TextDocument doc, int last, int sentenceFirst)
    {
        for (var k = last; k >= Math.Max(sentenceFirst, last - 5); k--)
        {
            if (doc.IsWord(k) && !doc.IsCapitalized(k) && doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && k < last)
            {
                return k;
            }

            if (!doc.IsWord(k) || (WordSets.SubjectStoppers.Contains(doc.Span(k)) && !doc.Is(k, "the")))
            {
                return -1;
            }
        }

        return -1;
    }

    private static int FindOpenParen(TextDocument doc, int close, int limit)
    {
        for (var k = close - 1; k >= limit && k > close - 7; k--)
        {
            if (doc.IsPunct(k, '('))
            {
                return k;
            }
        }

        return -1;
    }

    private static int FindCloseParen(TextDocument doc, int open, int end)
    {
        for (var k = open + 1; k <= end && k < open + 7; k++)
        {
            if (doc.IsPunct(k, ')'))
            {
                return k;
            }
        }

        return -1;
    }

    // "Mr. Rubio and Senator Cruz said", "the senator and his allies": a coordinated subject stays whole.
    private static bool JoinsNounPhrases(TextDocument doc, int and) =>
        doc.IsCapitalized(and + 1) || doc.Is(and + 1, "his") || doc.Is(and + 1, "her") || doc.Is(and + 1, "their") ||
        doc.Is(and + 1, "former") || doc.Is(and + 1, "other") || doc.Is(and + 1, "the");

    private static bool IsIngVerb(TextDocument doc, int k) =>
        !doc.IsCapitalized(k) && doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && doc.Span(k).Length > 5 &&
        doc.Is(k + 1, "the") is false && !doc.IsPunct(k + 1, ',');

    private static bool IsVerbLike(TextDocument doc, int k)
    {
        var s = doc.Span(k);
        return (WordSets.SubjectStoppers.Contains(s) && !s.Equals("of", StringComparison.OrdinalIgnoreCase) &&
                !(s.Equals("for", StringComparison.OrdinalIgnoreCase) || s.Equals("with", StringComparison.OrdinalIgnoreCase) ||
                  s.Equals("at", StringComparison.OrdinalIgnoreCase) || s.Equals("in", StringComparison.OrdinalIgnoreCase) ||
                  s.Equals("on", StringComparison.OrdinalIgnoreCase) || s.Equals("from", StringComparison.OrdinalIgnoreCase) ||
                  s.Equals("to", StringComparison.OrdinalIgnoreCase) || s.Equals("about", StringComparison.OrdinalIgnoreCase) ||
                  s.Equals("the", StringComparison.OrdinalIgnoreCase) || s.Equals("and", StringComparison.OrdinalIgnoreCase) ||
                  s.Equals("by", StringComparison.OrdinalIgnoreCase)))
               || (!char.IsUpper(s[0]) && s.Length > 3 && s.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s.EndsWith("eed", StringComparison.OrdinalIgnoreCase));
    }
}
