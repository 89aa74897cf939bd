using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Reporting verbs and their inflections. The word list was chosen by how often each lemma heads a gold cue
/// in the PolNeAR training annotations; ambiguous high-frequency verbs (show, find, call, support, saw) are left out
/// or restricted because they fire far more often outside attributions than inside them.
/// </summary>
internal static class CueLexicon
{
    // Declared before Forms: static initialisers run in textual order and Build() reads this set.
    private static readonly HashSet<string> NounLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "note", "report", "answer", "charge", "remark", "demand", "estimate", "caution", "counter", "highlight",
        "signal", "promise", "claim", "respond", "mention", "observe", "pledge", "vow", "threaten",
    };

    private static readonly FrozenDictionary<string, CueClass> Forms = Build();

    public static FrozenDictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out CueClass cls) => Lookup.TryGetValue(word, out cls);

    private static FrozenDictionary<string, CueClass> Build()
    {
        var d = new Dictionary<string, CueClass>(StringComparer.OrdinalIgnoreCase);
        void Irregular(CueClass c, params string[] forms)
        {
            foreach (var f in forms)
            {
                d.TryAdd(f, c);
            }
        }

        void Regular(CueClass c, params string[] lemmas)
        {
            foreach (var l in lemmas)
            {
                Irregular(c, Inflect(l));
            }
        }

        Irregular(CueClass.Speech, "say", "says", "said", "saying", "write", "writes", "wrote", "writing",
            "tweeted", "tweeting", "add", "adds", "added", "adding", "declare", "declares", "declared",
            "declaring", "reiterate", "reiterates", "reiterated", "reiterating", "admit", "admits", "admitted", "admitting",
            "predict", "predicts", "predicted", "predicting", "concede", "concedes", "conceded", "conceding",
            "speculate", "speculates", "speculated", "posted", "quipped", "referring", "referred", "reports", "claims", "notes", "warns", "observes", "joked", "retorted", "testified",
            "deny", "denies", "denied", "denying", "pointed", "pointing", "expressed", "expressing", "reply", "replies", "replied", "replying", "signaled", "signalled");
        Regular(CueClass.Speech, "claim", "state", "note", "argue", "explain", "insist", "warn", "report", "announce",
            "suggest", "acknowledge", "assert", "stress", "emphasize", "emphasise", "recall", "contend", "maintain",
            "repeat", "confirm", "complain", "allege", "observe", "remark", "mention", "point out", "reveal", "charge",
            "respond", "answer", "caution", "counter", "proclaim", "concluded", "estimate", "indicate", "disclose",
            "boast", "brag", "lament", "acknowledge", "affirm", "reaffirm", "underscore", "highlight", "conclude", "vow",
            "pledge", "promise", "threaten", "demand");
        Irregular(CueClass.Tell, "tell", "tells", "told", "telling", "assure", "assures", "assured", "assuring",
            "inform", "informs", "informed", "remind", "reminds", "reminded", "ask", "asks", "asked", "asking",
            "urge", "urges", "urged", "urging", "warns", "convince", "convinced", "persuaded");
        Irregular(CueClass.Belief, "think", "thinks", "thought", "believe", "believes", "believed", "know", "knows", "knew",
            "feel", "feels", "felt", "fears", "feared", "worry", "worries", "worried", "expect", "expects", "expected",
            "doubts", "doubted", "hope", "fear", "see", "sees", "suspect", "suspects", "suspected", "hopes", "hoped", "hoping", "realize",
            "realized", "realizes", "understand", "understands", "understood", "agree", "agrees", "agreed", "disagree",
            "disagrees", "disagreed", "acknowledging", "noting", "arguing", "insisting", "claiming", "warning", "suggesting",
            "believing", "fearing", "predicting", "explaining", "stating", "declaring", "recalling", "announcing");
        Irregular(CueClass.Intent, "want", "wants", "wanted", "planned", "plans", "intend", "intends", "intended",
            "refuse", "refuses", "refused", "decline", "declines", "declined", "seek", "seeks", "sought", "vowing",
            "pledging", "promising", "threatening", "wished", "prefer", "prefers",
            "preferred", "demanding", "proposed", "proposes", "propose");
        Irregular(CueClass.Stance, "reject", "rejects", "rejected", "rejecting", "accuse", "accuses", "accused", "accusing",
            "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticised", "praises", "praised",
            "praising", "endorse", "endorses", "endorsed", "endorsing", "blames", "blamed", "blaming", "dismiss",
            "dismisses", "dismissed", "dismissing", "defend", "defends", "defended", "defending", "oppose", "opposes",
            "opposed", "opposing", "supports", "supported", "supporting", "backed", "backing",
            "condemn", "condemns", "condemned", "condemning", "slam", "slams", "slammed", "slamming", "blast", "blasts",
            "blasted", "blasting", "attacked", "attacking", "mock", "mocks", "mocked", "mocking",
            "questioned", "questioning", "welcomes", "welcomed", "welcoming",
            "denounce", "denounces", "denounced", "denouncing", "decry", "decries", "decried", "applaud", "applauded",
            "applauds", "describe", "describes", "described", "describing", "cite", "cites", "cited", "citing",
            "thanked", "lauded", "hailed", "hails", "touted", "touts", "dislike", "dislikes", "disliked",
            "favors", "favored", "favours", "favoured", "called", "calls", "calling", "continued", "shows", "showed", "shown", "found", "finds", "reads");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // Regular English inflection is enough for this word list; irregular verbs are listed explicitly above.
    private static string[] Inflect(string lemma)
    {
        if (lemma.Contains(' ', StringComparison.Ordinal))
        {
            return [];
        }

        if (lemma.EndsWith("ed", StringComparison.Ordinal))
        {
            return [lemma];
        }

        var ed = lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        var ing = lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing";
        if (NounLike.Contains(lemma))
        {
            // "the state of", "his remarks": as nouns these flood the output, so only past and -ing forms count.
            return [ed, ing];
        }

        var s = lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            ? lemma + "es"
            : lemma + "s";
        return [lemma, s, ed, ing];
    }
}
