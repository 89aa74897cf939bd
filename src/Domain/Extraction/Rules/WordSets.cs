using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Closed-class word lists the phrase rules depend on, from <c>Data/words.txt</c> (where each list says what it is
/// for); all matched case-insensitively without allocating.
/// </summary>
internal static class WordSets
{
    private const string File = "words.txt";

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Load("subject-pronouns");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueAuxiliaries = Load("cue-auxiliaries");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippableAdverbs = Load("skippable-adverbs");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectStoppers = Load("subject-stoppers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = Load("clause-openers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceTailStoppers = Load("source-tail-stoppers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Addressees = Load("addressees");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayNames = Load("day-names");

    /// <summary>Day names and other time words that may sit between a cue and its content.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Load("time-words");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CircumstanceOpeners = Load("circumstance-openers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AsideWords = Load("aside-words");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueCircumstances = Load("cue-circumstances");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentCircumstances = Load("content-circumstances");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TailCircumstances = Load("tail-circumstances");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupQuantifiers = Load("group-quantifiers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentEnders = Load("agent-enders");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularParticiples = Load("irregular-participles");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Load("be-forms");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectOpeners = Load("subject-openers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignTailOpeners = Load("foreign-tail-openers");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSpeakerLabels = Load("not-speaker-labels");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = Load("abbreviations");

    /// <summary>True when the token exists and is one of <paramref name="words"/> (out-of-range tokens are not).</summary>
    public static bool Has(this TextDocument doc, int token, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        doc.IsWord(token) && words.Contains(doc.Span(token));

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Load(string section) => RuleData.WordSet(File, section);
}
