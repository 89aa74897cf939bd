using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>Closed-class word lists the phrase rules depend on; all matched case-insensitively without allocating.</summary>
internal static class WordSets
{
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Make(
        "he", "she", "they", "it", "i", "we", "you", "who", "which", "that");

    /// <summary>Words that can sit between a subject and its cue and that annotators keep inside the cue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueAuxiliaries = Make(
        "also", "has", "have", "had", "did", "do", "does", "not", "never", "would", "will", "could", "can", "may",
        "might", "should", "must", "n't", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "wouldn't", "wouldn’t", "didn't", "didn’t", "doesn't", "doesn’t", "hasn't",
        "hasn’t", "haven't", "haven’t", "won't", "won’t", "can't", "can’t", "couldn't", "couldn’t", "isn't", "isn’t",
        "wasn't", "wasn’t", "don't", "don’t", "hadn't", "hadn’t", "cannot", "is", "was", "are", "were", "been", "be", "reportedly", "repeatedly", "publicly", "privately");

    /// <summary>Adverbs between subject and cue that annotators leave out of both.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippableAdverbs = Make(
        "later", "recently", "then", "now", "previously", "again", "once", "often", "still", "earlier", "first",
        "quickly", "immediately", "frequently", "openly", "flatly", "firmly", "clearly", "simply", "just", "only", "even",
        "subsequently", "initially", "originally", "already", "long", "has", "have", "had");

    /// <summary>Words that end a subject noun phrase when walking back from a cue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectStoppers = Make(
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "and", "but", "or", "so", "because", "while", "when", "if",
        "although", "though", "as", "since", "after", "before", "until", "than", "that", "which", "who", "whom", "whose",
        "where", "why", "how", "what", "in", "on", "at", "to", "by", "for", "from", "into", "during", "about", "over",
        "under", "despite", "against", "through", "there", "here", "him", "her", "them", "me", "us", "not", "also",
        "then", "it", "its", "he", "she", "they", "we", "i", "you", "yet", "however",
        "with", "without", "between", "among", "like", "unlike", "whether", "even", "only", "just", "once", "now", "up");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = Make(
        "but", "and", "so", "still", "meanwhile", "however", "now", "yet", "instead", "indeed", "also", "then", "later",
        "moreover", "further", "furthermore", "separately", "earlier", "previously", "nonetheless", "nevertheless", "or",
        "thus", "ultimately", "finally", "today", "yesterday", "tonight", "recently", "overall", "after", "before", "when",
        "if", "although", "because", "since", "once", "while", "unless", "until", "though", "whether");

    /// <summary>Words marking that what follows a comma is not part of the source noun phrase.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceTailStoppers = Make(
        "according", "as", "when", "while", "before", "after", "during", "because", "in", "on", "at",
        "referring", "speaking", "and", "but", "though", "although", "if", "since", "where", "whose", "even");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Addressees = Make(
        "reporters", "me", "him", "her", "them", "us", "you", "journalists", "supporters", "voters", "listeners",
        "viewers", "members", "lawmakers", "delegates", "students", "audience", "crowd", "people", "congress");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayNames = Make(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Make(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "recently", "earlier", "later", "last", "this", "week", "morning", "afternoon", "evening", "night");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Make(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
