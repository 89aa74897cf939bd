using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// Where a page of ranked results stopped: the last hit's score key and id. Results are ordered by
/// (score key descending, id ascending), so the next page starts strictly after this pair.
/// </summary>
public readonly record struct SearchCursor(long ScoreKey, Guid Id)
{
    /// <summary>Marks a page token as a search token, so a list's token is not mistaken for one.</summary>
    public const string Marker = "search";

    /// <summary>Relevance is kept to six decimals: an integer compares exactly in SQL and in the token.</summary>
    public const double Scale = 1_000_000;

    public static SearchCursor? From(PageCursor? cursor) => cursor is { Text: Marker } c ? new SearchCursor(c.SortKey, c.Id) : null;

    public static string Encode(SearchRow row) => PageCursor.Encode(row.ScoreKey, row.Id, Marker);
}
