namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Verbs that report only together with their particle: "talked about the deficit", "railed against the deal".
/// Alone they are too common ("talks broke down", "spoke for an hour") to join the main
/// <see cref="CueLexicon"/>, whose words also steer subject and content finding.
/// </summary>
internal static class ParticleCue
{
    private static readonly Dictionary<string, string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["talk"] = "about", ["talks"] = "about", ["talked"] = "about", ["talking"] = "about",
        ["speak"] = "about", ["speaks"] = "about", ["spoke"] = "about", ["speaking"] = "about",
        ["rail"] = "against", ["rails"] = "against", ["railed"] = "against", ["railing"] = "against",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when token <paramref name="verb"/> is such a verb and its particle follows it.</summary>
    public static bool Matches(TextDocument doc, int verb) =>
        doc.IsWord(verb) && Lookup.TryGetValue(doc.Span(verb), out var particle) && doc.Is(verb + 1, particle);
}
