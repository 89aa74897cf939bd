using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Verbs that report only together with their particle: "talked about the deficit", "railed against the deal"
/// (<c>[particle-verbs]</c> in <c>Data/cues.txt</c>). Alone they are too common to join the main
/// <see cref="CueLexicon"/>, whose words also steer subject and content finding.
/// </summary>
internal static class ParticleCue
{
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Verbs = Load("particle-verbs");

    /// <summary>Particles annotators keep inside a cue that is one already ("pointed out", "called for").</summary>
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> CueParticles = Load("cue-particles");

    /// <summary>True when token <paramref name="verb"/> is such a verb and its particle follows it.</summary>
    public static bool Matches(TextDocument doc, int verb) => Follows(doc, verb, Verbs);

    /// <summary>True when a cue verb is followed by a particle that belongs in its cue.</summary>
    public static bool HasCueParticle(TextDocument doc, int verb) => Follows(doc, verb, CueParticles);

    private static bool Follows(TextDocument doc, int verb, FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> table)
    {
        if (!doc.IsWord(verb) || !table.TryGetValue(doc.Span(verb), out var particles))
        {
            return false;
        }

        foreach (var p in particles)
        {
            if (doc.Is(verb + 1, p))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Load(string section) =>
        RuleData.File("cues.txt").Pairs(section)
            .SelectMany(p => p.Left.Select(verb => (verb, p.Right)))
            .ToFrozenDictionary(x => x.verb, x => x.Right, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
