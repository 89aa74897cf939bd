using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Reporting verbs and their inflections, by <see cref="CueClass"/>, from <c>Data/cues.txt</c> (which says how the
/// words were chosen). A form may belong to one class only: the class decides where the rules look for content.
/// </summary>
internal static class CueLexicon
{
    private const string File = "cues.txt";

    private static readonly FrozenDictionary<string, CueClass> Forms = Build(RuleData.File(File));

    public static FrozenDictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out CueClass cls) => Lookup.TryGetValue(word, out cls);

    /// <summary>Every form of every section, by class; a form under two classes is an error.</summary>
    internal static FrozenDictionary<string, CueClass> Build(RuleDataFile file)
    {
        var d = new Dictionary<string, CueClass>(StringComparer.OrdinalIgnoreCase);
        void Add(CueClass c, string section, IEnumerable<string> forms)
        {
            foreach (var f in forms)
            {
                if (!d.TryAdd(f, c) && d[f] != c)
                {
                    throw new InvalidDataException($"{file.Name}: '{f}' (from [{section}]) is already a {d[f]} cue; a form belongs to one class.");
                }
            }
        }

        void Section(CueClass c, string section, Func<string, IEnumerable<string>> forms)
        {
            foreach (var word in file.Words(section))
            {
                Add(c, section, forms(word));
            }
        }

        Section(CueClass.Speech, "speech-verbs", w => [w]);
        Section(CueClass.Speech, "speech-lemmas", w => Inflect(w, withNounForms: true));
        Section(CueClass.Speech, "speech-lemmas-ed-ing", w => Inflect(w, withNounForms: false));
        Section(CueClass.Tell, "tell-verbs", w => [w]);
        Section(CueClass.Belief, "belief-verbs", w => [w]);
        Section(CueClass.Intent, "intent-verbs", w => [w]);
        Section(CueClass.Stance, "stance-verbs", w => [w]);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // Regular English inflection is enough for the lemma lists; irregular verbs are listed form by form.
    private static string[] Inflect(string lemma, bool withNounForms)
    {
        var ed = lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        var ing = lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing";
        if (!withNounForms)
        {
            return [ed, ing];
        }

        var s = lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            ? lemma + "es"
            : lemma + "s";
        return [lemma, s, ed, ing];
    }
}
