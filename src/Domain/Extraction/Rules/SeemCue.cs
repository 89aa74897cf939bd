using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// "The senator seemed to waver", "It appears that ...": an impression the writer reports without naming whose
/// it is. PolNeAR marks these as attributions without a source whose content is the subject and what follows.
/// "appear" is also a verb of showing up ("appeared on Fox"), so it counts only before certain words
/// (<c>[appear-followers]</c> in <c>Data/cues.txt</c>).
/// </summary>
internal static class SeemCue
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Seem = RuleData.WordSet("cues.txt", "seem-verbs");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Appear = RuleData.WordSet("cues.txt", "appear-verbs");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AppearFollowers = RuleData.WordSet("cues.txt", "appear-followers");

    public static bool Matches(TextDocument doc, int verb)
    {
        if (!doc.IsWord(verb) || doc.IsCapitalized(verb))
        {
            return false;
        }

        var w = doc.Span(verb);
        return Seem.Contains(w) || (Appear.Contains(w) && doc.Has(verb + 1, AppearFollowers));
    }
}
