namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "The senator seemed to waver", "It appears that ...": an impression the writer reports without naming whose
/// it is. PolNeAR marks these as attributions without a source whose content is the subject and what follows.
/// "appear" is also a verb of showing up ("appeared on Fox"), so it counts only before "to", "that", "as" or "likely".
/// </summary>
internal static class SeemCue
{
    public static bool Matches(TextDocument doc, int verb)
    {
        if (!doc.IsWord(verb) || doc.IsCapitalized(verb))
        {
            return false;
        }

        var w = doc.Span(verb);
        // The bare "seem" mostly follows a negation or a modal ("doesn't seem", "might seem") and is seldom annotated.
        if (w.Equals("seems", StringComparison.OrdinalIgnoreCase) || w.Equals("seemed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var appear = w.Equals("appear", StringComparison.OrdinalIgnoreCase) || w.Equals("appears", StringComparison.OrdinalIgnoreCase) ||
                     w.Equals("appeared", StringComparison.OrdinalIgnoreCase);
        return appear && (doc.Is(verb + 1, "to") || doc.Is(verb + 1, "that") || doc.Is(verb + 1, "as") || doc.Is(verb + 1, "likely"));
    }
}
