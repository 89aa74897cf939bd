namespace NewsroomClaims.Api.Search;

/// <summary>
/// The full-text index over claims, articles and actors. Each database has its own engine (FTS5 on SQLite,
/// tsvector + GIN on PostgreSQL); the index itself is kept up to date by triggers the migrations create.
/// </summary>
public interface ISearchEngine
{
    /// <summary>
    /// Ranked matches, best first, after the cursor; at most <paramref name="take"/> rows.
    /// Snippets mark matches with <see cref="Snippets.Start"/> and <see cref="Snippets.Stop"/>.
    /// </summary>
    Task<IReadOnlyList<SearchRow>> SearchAsync(SearchCriteria criteria, int take, CancellationToken cancellationToken);
}

/// <summary>A parsed query and its filters, ready for an engine.</summary>
public sealed record SearchCriteria(SearchQuery Query, SearchType? Type, Guid? Speaker, long? FromKey, long? ToKeyExclusive, SearchCursor? After);

/// <summary>One ranked match; <see cref="ScoreKey"/> is the relevance as an integer so it pages exactly.</summary>
public sealed record SearchRow(SearchType Type, Guid Id, long ScoreKey, long? SortKey, Guid? SpeakerId, string Title, string Snippet);
