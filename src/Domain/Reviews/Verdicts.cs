using System.Globalization;
using System.Text;

namespace NewsroomClaims.Domain.Reviews;

/// <summary>
/// Derives the <see cref="Verdict"/> of a rating. The reviewer's words decide when they say something known
/// (PolitiFact's "Pants on Fire!", Full Fact's "This is misleading", AFP's "Faux", the Washington Post's Pinocchios);
/// otherwise the value's place on its scale does, in fifths (PolitiFact's 1-6: 1-2 false, 3 misleading, 4 mixed,
/// 5 mostly true, 6 true); otherwise the review is unrated.
/// </summary>
/// <remarks>
/// "Mostly false" is <see cref="Verdict.Misleading"/>: on the five steps from false to true it is the one between false
/// and mixed. Phrases are tried category by category in the order below, so "Mostly true" is not read as "true", "Not
/// true" not as "true" and "Incorrect. The right figure is..." as false; a true-ish phrase right after a negation
/// ("not accurate, but...") does not count.
/// </remarks>
public static class Verdicts
{
    private static readonly (Verdict Verdict, bool Positive, string[] Phrases)[] Rules =
    [
        (Verdict.MostlyTrue, true, [
            "one pinocchio", "1 pinocchio", "mostly true", "mostly correct", "mostly accurate", "largely true", "largely correct",
            "largely accurate", "broadly true", "broadly correct", "mostly truthful", "true but", "correct but", "accurate but",
            "mayormente verdadero", "mayormente cierto", "en gran parte cierto", "plutot vrai", "weitgehend richtig", "uberwiegend richtig",
            "majoritariamente verdadeiro"]),
        (Verdict.Misleading, false, [
            "three pinocchios", "3 pinocchios", "mostly false", "mostly incorrect", "mostly inaccurate", "largely false",
            "largely incorrect", "largely inaccurate", "mayormente falso", "plutot faux", "weitgehend falsch", "uberwiegend falsch"]),
        (Verdict.Mixed, false, [
            "two pinocchios", "2 pinocchios", "half true", "half truth", "half right", "half correct", "mixture", "mixed",
            "partly true", "partly false", "partly correct", "partially true", "partially false", "partially correct",
            "some truth", "true and false", "medio verdadero", "verdadero a medias", "verdade pela metade", "en partie vrai",
            "en partie faux", "teilweise richtig", "teilweise falsch"]),
        (Verdict.Misleading, false, [
            "misleading", "misleads", "mislead", "missing context", "lacks context", "lacking context", "needs context",
            "out of context", "without context", "cherry pick", "cherry picked", "cherry picks", "exaggerated", "exaggerates",
            "exaggeration", "distorted", "distorts", "distortion", "manipulated", "altered", "miscaptioned", "not quite",
            "overstated", "overstates", "not the whole story", "imprecise", "enganoso", "enganosa", "enganador", "trompeur",
            "trompeuse", "irrefuhrend", "fuorviante", "sacado de contexto", "sin contexto", "fora de contexto", "hors contexte",
            "impreciso", "imprecisa"]),
        (Verdict.False, false, [
            "four pinocchios", "4 pinocchios", "pants on fire", "false", "falsehood", "fake", "faked", "hoax", "fabricated",
            "fabrication", "bogus", "incorrect", "inaccurate", "wrong", "untrue", "not true", "not correct", "not accurate",
            "isnt true", "isnt correct", "no truth", "baseless", "debunked", "scam", "misattributed", "falso", "falsa", "faux",
            "fausse", "falsch", "onwaar", "inexact", "inexacte", "sbagliato", "errado", "errada", "incorrecto", "incorreto"]),
        (Verdict.Unrated, false, [
            "unproven", "unverified", "unverifiable", "unsubstantiated", "no evidence", "not enough evidence",
            "insufficient evidence", "cannot be verified", "cant be verified", "satire", "satirical", "opinion", "legend",
            "outdated", "no flip", "half flip", "full flop", "research in progress", "too early to tell", "explainer",
            "sin evidencia", "sem evidencias", "inverifiable"]),
        (Verdict.True, true, [
            "geppetto checkmark", "true", "correct", "accurate", "verdadero", "verdadera", "verdadeiro", "cierto", "vrai",
            "richtig", "wahr", "vero", "juist", "klopt"]),
    ];

    private static readonly HashSet<string> Negations = ["not", "isnt", "arent", "wasnt", "werent", "never", "hardly", "no", "nor"];

    public static Verdict Of(Rating rating) => FromText(rating.Text) ?? FromPosition(rating.Position) ?? Verdict.Unrated;

    /// <summary>The verdict the reviewer's words say, or null when they say nothing this API knows.</summary>
    public static Verdict? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words(text);
        foreach (var (verdict, positive, phrases) in Rules)
        {
            foreach (var phrase in phrases)
            {
                if (Occurs(words, Words(phrase), positive))
                {
                    return verdict;
                }
            }
        }

        return null;
    }

    /// <summary>The verdict of a value's place on its scale (0 the worst, 1 the best), in fifths.</summary>
    public static Verdict? FromPosition(decimal? position) => position switch
    {
        null => null,
        < 0.3m => Verdict.False,
        < 0.5m => Verdict.Misleading,
        < 0.7m => Verdict.Mixed,
        < 0.9m => Verdict.MostlyTrue,
        _ => Verdict.True,
    };

    private static bool Occurs(string[] words, string[] phrase, bool positive)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase) && !(positive && i > 0 && Negations.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, accents and apostrophes dropped ("isn't" is "isnt"), anything else not a letter or digit a space.</summary>
    private static string[] Words(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
