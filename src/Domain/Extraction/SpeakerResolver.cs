using System.Collections.Frozen;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Turns a source span into a speaker: gazetteer actor, named newcomer, anonymous group, or — for pronouns —
/// the nearest compatible earlier mention. Look-backs are bounded so resolution stays linear in text length.
/// </summary>
internal sealed class SpeakerResolver(TextDocument doc, Gazetteer gazetteer)
{
    private const int PronounWindow = 600;

    private static readonly FrozenSet<string> AnonymousHeads = new[]
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
            var name = StripPossessive(Slice(s, e));
            var known = gazetteer.FindIn(name);
            var kind = known?.Kind ?? ActorKindGuesser.Guess(name);
            var isSentenceInitialSingle = s == e && doc.Sentences[doc.SentenceOf[s]].First == s;
            if (isSentenceInitialSingle && known is null)
            {
                continue;
            }

            if (wantsPerson && kind == ActorKind.Person && (known is not null || s < e || !Titles.Contains(name)))
            {
                return new ExtractedSpeaker(known?.Name ?? TrimTitles(name), known?.ActorId, false);
            }

            if (wantsGroup && kind != ActorKind.Person)
            {
                return new ExtractedSpeaker(known?.Name ?? name, known?.ActorId, false);
            }
        }

        return new ExtractedSpeaker(p.ToString(), null, wantsGroup);
    }

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
