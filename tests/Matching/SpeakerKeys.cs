using System.Text.RegularExpressions;

namespace NewsroomClaims.Matching;

/// <summary>
/// PolNeAR names a source as the article words it ("Donald Trump", "Trump", "the Republican nominee", "he"), with no
/// identifier across articles. A source's key is the last word of its first run of capitalised words that are not
/// titles or function words, lower-cased and without accents: "Sen. Bernie Sanders" and "Sanders's" are both
/// "sanders". A single capitalised word counts only if the article also writes it capitalised after a lower-case word
/// (so "Officials said" at a sentence start is no name). "he", "she", "I" and their forms take the key of the nearest
/// named source before them in the article. Anything else (they, the campaign, sources) has no key: such attributions
/// are left out of the benchmark, since nobody can say whose they are. A heuristic, so the benchmark's labels are too:
/// two Clintons share a key; a pronoun may take the wrong antecedent.
/// </summary>
internal static partial class SpeakerKeys
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "former", "then",
        "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "secretary",
        "gen", "general", "candidate", "nominee", "presidential", "democratic", "republican", "gop", "chairman", "chair", "speaker",
        "minister", "prime", "mayor", "judge", "justice", "attorney", "director", "spokesman", "spokeswoman", "spokesperson",
        "according", "but", "and", "so", "in", "on", "at", "as", "when", "while", "after", "before", "during", "if",
        "he", "she", "they", "we", "i", "it", "you", "him", "them", "us", "me", "who", "one", "some", "many", "most", "both", "all",
        "u.s", "us", "new", "rev", "sir", "lady", "jr", "sr",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "her", "his", "hers", "i", "me", "my" };

    public static IReadOnlyList<string?> Resolve(string article, IReadOnlyList<string> sources)
    {
        var keys = new string?[sources.Count];
        string? last = null;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i].Trim();
            if (Pronouns.Contains(source))
            {
                keys[i] = last;
                continue;
            }

            keys[i] = KeyOf(article, source);
            if (keys[i] is not null)
            {
                last = keys[i];
            }
        }

        return keys;
    }

    private static string? KeyOf(string article, string source)
    {
        var run = new List<string>();
        foreach (Match token in Token().Matches(source))
        {
            var word = token.Value.TrimEnd('.');
            if (char.IsUpper(word[0]) && !Skipped.Contains(word))
            {
                run.Add(word);
            }
            else if (run.Count > 0)
            {
                break;
            }
        }

        if (run.Count == 0)
        {
            return null;
        }

        var last = Possessive().Replace(run[^1], "");
        if (last.Length < 2 || (run.Count == 1 && !Regex.IsMatch(article, $@"\b[a-z][\w,]*\s+{Regex.Escape(last)}\b")))
        {
            return null;
        }

        return PolnearCorpus.Fold(last).ToLowerInvariant();
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'’.\-]*")]
    private static partial Regex Token();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
