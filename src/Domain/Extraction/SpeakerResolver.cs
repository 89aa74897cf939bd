using System.Collections.Frozen;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Turns a source span into a speaker: gazetteer actor, named newcomer, anonymous group, or — for pronouns —
/// the nearest compatible earlier mention. Look-backs are bounded so resolution stays linear in text length.
/// </summary>
internal sealed class SpeakerResolver(TextDocument doc, Gazetteer gazetteer)
{
    private const int PronounWindow = 300;

    // Per-call memo: the same names recur in an article and guessing their kind allocates.
    private readonly Dictionary<string, (GazetteerEntry? Known, ActorKind Kind)> _kinds = new(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> AnonymousHeads = new[]
    {
        "sources", "source", "officials", "official", "aides", "aide", "analysts", "analyst", "experts", "expert",
        "people", "person", "critics", "observers", "diplomats", "diplomat", "insiders", "insider", "someone", "many",
        "some", "others", "residents", "witnesses", "members", "advisers", "advisors", "adviser", "staffers", "voters",
        "supporters", "democrats", "republicans", "lawmakers", "economists", "activists", "investigators", "authorities",
        "reports", "polls", "observers", "strategists", "operatives", "allies", "opponents", "leaders", "scientists",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Titles = new[]
    {
        "president", "vice", "sen", "senator", "gov", "governor", "rep", "representative", "secretary", "minister", "prime",
        "mr", "mrs", "ms", "dr", "gen", "general", "chairman", "chairwoman", "chair", "chief", "judge", "justice", "speaker",
        "leader", "mayor", "ambassador", "special", "envoy", "spokesperson", "spokesman", "spokeswoman", "former", "republican",
        "democratic", "democrat", "candidate", "nominee", "presidential", "attorney", "lt", "col", "sgt", "adm", "prof",
        "professor", "rev", "pope", "king", "queen", "prince", "sheriff", "commissioner", "director", "ceo", "founder",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public ExtractedSpeaker? Resolve(int first, int last)
    {
        if (first < 0)
        {
            return null;
        }

        var text = Slice(first, last);
        if (first == last && WordSets.SubjectPronouns.Contains(doc.Span(first)))
        {
            return ResolvePronoun(first);
        }

        if (gazetteer.FindIn(text) is { } known)
        {
            return new ExtractedSpeaker(known.Name, known.ActorId, false);
        }

        var name = ProperName(first, last);
        if (name is null)
        {
            return new ExtractedSpeaker(text.TrimEnd(',', ' '), null, IsAnonymous(first, last));
        }

        return new ExtractedSpeaker(name, null, false);
    }

    private bool IsAnonymous(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (doc.IsWord(k) && AnonymousHeads.Contains(doc.Span(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last run of capitalised words in the head of the phrase, titles stripped: "Dmitry Peskov".</summary>
    private string? ProperName(int first, int last)
    {
        var headEnd = last;
        for (var k = first + 1; k <= last; k++)
        {
            if (doc.IsPunct(k, ','))
            {
                headEnd = k - 1;
                break;
            }
        }

        // "Union officials", "Kremlin aides": a lowercase people word heads the phrase, so the capitalised word
        // before it is a modifier and the speaker stays unnamed.
        if (doc.IsWord(headEnd) && !doc.IsCapitalized(headEnd) && AnonymousHeads.Contains(doc.Span(headEnd).ToString()))
        {
            return null;
        }

        int bestFirst = -1, bestLast = -1;
        for (var k = first; k <= headEnd; k++)
        {
            if (!doc.IsCapitalized(k) || (k == first && doc.Span(k).Length == 1 && WordSets.SubjectPronouns.Contains(doc.Span(k))))
            {
                continue;
            }

            var s = k;
            while (k + 1 <= headEnd && (doc.IsCapitalized(k + 1) || (doc.IsPunct(k + 1, '.') && doc.IsCapitalized(k + 2)) || (doc.Is(k + 1, "of") && doc.IsCapitalized(k + 2))))
            {
                k++;
            }

            while (s < k && Titles.Contains(doc.Span(s).ToString().TrimEnd('.')))
            {
                s++;
            }

            if (doc.Is(s, "the") && s < k)
            {
                s++;
            }

            // "The two leaders": a capitalised determiner alone is not a name.
            if (s == k && (doc.Is(s, "the") || doc.Is(s, "a") || doc.Is(s, "an") || doc.Is(s, "both") || doc.Is(s, "these")))
            {
                continue;
            }

            bestFirst = s;
            bestLast = k;
        }

        if (bestFirst < 0 || AnonymousHeads.Contains(Slice(bestFirst, bestLast)))
        {
            return null;
        }

        return StripPossessive(Slice(bestFirst, bestLast));
    }

    private ExtractedSpeaker ResolvePronoun(int pronoun)
    {
        var p = doc.Span(pronoun);
        var wantsPerson = p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase) ||
                          p.Equals("who", StringComparison.OrdinalIgnoreCase);
        var wantsGroup = p.Equals("they", StringComparison.OrdinalIgnoreCase) || p.Equals("it", StringComparison.OrdinalIgnoreCase) ||
                         p.Equals("which", StringComparison.OrdinalIgnoreCase);
        if (!wantsPerson && !wantsGroup)
        {
            return new ExtractedSpeaker(p.ToString(), null, false);
        }

        ExtractedSpeaker? fallback = null;
        for (var k = pronoun - 1; k >= Math.Max(0, pronoun - PronounWindow); k--)
        {
            if (!doc.IsCapitalized(k) || doc.QuoteOf[k] >= 0 && doc.QuoteOf[pronoun] != doc.QuoteOf[k])
            {
                continue;
            }

            var e = k;
            var s = k;
            while (s - 1 >= 0 && (doc.IsCapitalized(s - 1) || (doc.IsPunct(s - 1, '.') && doc.IsCapitalized(s - 2))))
            {
                s--;
            }

            k = s;
            var isSentenceInitialSingle = s == e && doc.Sentences[doc.SentenceOf[s]].First == s;
            if (isSentenceInitialSingle && gazetteer.Count == 0)
            {
                continue;
            }

            var name = StripPossessive(Slice(s, e));
            if (!_kinds.TryGetValue(name, out var info))
            {
                var found = gazetteer.FindIn(name);
                info = (found, found?.Kind ?? ActorKindGuesser.Guess(name));
                _kinds[name] = info;
            }

            var (known, kind) = info;
            if (isSentenceInitialSingle && known is null)
            {
                continue;
            }

            if (wantsPerson && kind == ActorKind.Person && (known is not null || s < e) && !IsCalendarWord(name))
            {
                return new ExtractedSpeaker(known?.Name ?? TrimTitles(name), known?.ActorId, false);
            }

            // A lone capitalised word is a weak candidate ("Monday", "Senate"); keep looking for a full name.
            if (wantsPerson && kind == ActorKind.Person && fallback is null && !Titles.Contains(name) && !IsCalendarWord(name))
            {
                fallback = new ExtractedSpeaker(name, null, false);
            }

            if (wantsGroup && kind != ActorKind.Person)
            {
                // "the US had presented Kiev with what it called ...": an object in the pronoun's own sentence is
                // a weaker antecedent than a subject further back, so keep it only as a fallback.
                var candidate = new ExtractedSpeaker(known?.Name ?? name, known?.ActorId, false);
                if (IsObjectInSameSentence(s, pronoun))
                {
                    fallback ??= candidate;
                    continue;
                }

                return candidate;
            }
        }

        return fallback ?? new ExtractedSpeaker(p.ToString(), null, wantsGroup);
    }

    // Right after a lowercase verb or preposition ("presented Kiev", "to Moscow") rather than a determiner or clause opener.
    private bool IsObjectInSameSentence(int nameFirst, int pronoun)
    {
        var before = nameFirst - 1;
        if (before < 0 || doc.SentenceOf[before] != doc.SentenceOf[pronoun] || !doc.IsWord(before) || doc.IsCapitalized(before))
        {
            return false;
        }

        var w = doc.Span(before);
        return !(w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase) ||
                 WordSets.ClauseOpeners.Contains(w));
    }

    private static bool IsCalendarWord(string name) =>
        WordSets.DayNames.Contains(name) || name is "January" or "February" or "March" or "April" or "May" or "June" or "July" or
            "August" or "September" or "October" or "November" or "December";

    private static string TrimTitles(string name)
    {
        var words = name.Split(' ');
        var i = 0;
        while (i < words.Length - 1 && Titles.Contains(words[i].TrimEnd('.')))
        {
            i++;
        }

        return string.Join(' ', words[i..]);
    }

    private string Slice(int first, int last) => doc.Text[doc.Tokens[first].Start..doc.Tokens[last].End];

    private static string StripPossessive(string s) =>
        s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("\u2019s", StringComparison.Ordinal) ? s[..^2] : s;
}
