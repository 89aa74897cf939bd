using System.ComponentModel.DataAnnotations;

namespace NewsroomClaims.Api.Search;

public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How many matches are ranked at most: when more match, the most recently added ones are ranked and the rest
    /// are left out. Ranking reads every candidate's index entry, so this bounds a search's cost however common
    /// its words are (a two-word query can match 30,000 of a million claims).
    /// </summary>
    [Range(1, 1_000_000)]
    public int RankWindow { get; set; } = 1000;

    /// <summary>
    /// How long a common word's document count is reused for ranking on SQLite (see SearchTermCounts); counting it
    /// walks the word's whole index entry. Zero counts every word on every search.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TermCountsFor { get; set; } = TimeSpan.FromMinutes(1);
}
