using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Search;

/// <summary>Full-text search over claims, articles and actors.</summary>
[Route("api/v1/search")]
[Tags("Search")]
[Produces("application/json")]
public sealed class SearchController(ISearchEngine engine) : ApiControllerBase
{
    /// <summary>Search claims (content, quoted words), articles (headline, body) and actors (names, aliases).</summary>
    /// <remarks>
    /// Best matches first. All words must appear, in any form ("reopen" finds "reopened"); "quoted words" must appear
    /// together; -word excludes; OR finds either side. Punctuation and symbols are ignored. Filter by `type`,
    /// `speaker` (claims only) and `from`/`to` (claims and articles). A write is searchable as soon as it returns.
    /// When more than 1,000 documents pass the query and filters (the `Search:RankWindow` setting), the 1,000 most
    /// recently added are ranked and older ones are left out: narrow with `from`/`to`, `type`, a phrase or more words.
    /// Follow `next` (or pass `nextPageToken` as `pageToken`) for the next page.
    /// </remarks>
    [HttpGet(Name = nameof(Search))]
    [ProducesResponseType<Page<SearchHit>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<SearchHit>>> Search([FromQuery] SearchRequest request, CancellationToken cancellationToken)
    {
        var criteria = new SearchCriteria(
            SearchQuery.Parse(request.Q!),
            request.Type,
            request.Speaker,
            request.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks,
            request.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks,
            SearchCursor.From(request.Cursor));
        var rows = await engine.SearchAsync(criteria, request.PageSize + 1, cancellationToken);
        return Request.ToPage(rows, request.PageSize, SearchCursor.Encode, ToHit);
    }

    private static SearchHit ToHit(SearchRow row) => new(
        row.Type,
        row.Id,
        row.Title,
        Snippets.ToHtml(row.Snippet),
        row.ScoreKey / SearchCursor.Scale,
        row.SortKey is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null,
        row.SpeakerId);
}
