namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>When an -ing cue word is a participle that borrows the clause's subject, and when it is not.</summary>
internal static class Participle
{
    private static readonly int MaxNameTokens = RuleData.Count("participle.max-name-tokens");

    /// <summary>"is saying", "’s not saying", "were telling": progressive forms take the subject before them.</summary>
    public static bool IsProgressive(TextDocument doc, int verb, int sentenceFirst)
    {
        for (var k = verb - 1; k >= sentenceFirst && k >= verb - 3 && doc.IsWord(k); k--)
        {
            var w = doc.Span(k);
            if (WordSets.BeForms.Contains(w))
            {
                return true;
            }

            if (!(w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("also", StringComparison.OrdinalIgnoreCase) ||
                  w.Equals("still", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"..., adding", "...,” adding" and "... – saying": the comma may sit inside the closing quote or be a dash.</summary>
    public static bool FollowsComma(TextDocument doc, int verb) =>
        doc.IsPunct(verb - 1, ',') || doc.IsPunct(verb - 1, '\u2013') || doc.IsPunct(verb - 1, '\u2014') ||
        (doc.IsClosingQuote(verb - 1) && doc.IsPunct(verb - 2, ','));

    /// <summary>"with former Gov. Martin O’Malley calling Trump a fascist": the name right before the participle speaks.</summary>
    public static (int First, int Last) WithName(TextDocument doc, int verb, int sentenceFirst)
    {
        if (!doc.IsCapitalized(verb - 1))
        {
            return (-1, -1);
        }

        var s = verb - 1;
        while (s - 1 >= sentenceFirst && s > verb - MaxNameTokens &&
               (doc.IsCapitalized(s - 1) || doc.IsPunct(s - 1, '.') || doc.Is(s - 1, "former") || doc.Is(s - 1, "then")))
        {
            s--;
        }

        return doc.Is(s - 1, "with") ? (s, verb - 1) : (-1, -1);
    }

    /// <summary>"began by saying", "closed by telling them": the gerund after "by" reports speech of the clause's subject.</summary>
    public static bool IsByGerund(TextDocument doc, int verb, CueClass cls) =>
        cls is CueClass.Speech or CueClass.Tell && doc.Is(verb - 1, "by") && doc.IsWord(verb - 2) && !doc.IsCapitalized(verb - 2);
}
