using NewsroomClaims.Domain;

namespace NewsroomClaims.Api.Infrastructure;

internal static class Keyset
{
    /// <summary>Orders by (SortKey, Id) and starts after the cursor; fetches one extra row to know if a next page exists.</summary>
    public static IQueryable<T> PageBy<T>(this IQueryable<T> query, DatedPageRequest request) where T : class, ISortKeyed =>
        query.OrderedAfter(request, request.Cursor).Take(request.PageSize + 1);

    /// <summary>
    /// The request's date range in its order by (SortKey, Id), from just after <paramref name="after"/>: a page
    /// takes the next rows of it, an export walks it to the end batch by batch.
    /// </summary>
    public static IQueryable<T> OrderedAfter<T>(this IQueryable<T> query, DatedPageRequest request, PageCursor? after) where T : class, ISortKeyed
    {
        if (request.FromKey is { } from)
        {
            query = query.Where(e => e.SortKey >= from);
        }

        if (request.ToKeyExclusive is { } to)
        {
            query = query.Where(e => e.SortKey < to);
        }

        if (request.Sort == SortOrder.Newest)
        {
            if (after is { } c)
            {
                // The first clause is implied by the second; it is there so the database seeks the index to the
                // cursor instead of reading it from the top, which keeps page 1,000 as cheap as page 1.
                query = query.Where(e => e.SortKey <= c.SortKey)
                    .Where(e => e.SortKey < c.SortKey || (e.SortKey == c.SortKey && e.Id.CompareTo(c.Id) < 0));
            }

            query = query.OrderByDescending(e => e.SortKey).ThenByDescending(e => e.Id);
        }
        else
        {
            if (after is { } c)
            {
                query = query.Where(e => e.SortKey >= c.SortKey)
                    .Where(e => e.SortKey > c.SortKey || (e.SortKey == c.SortKey && e.Id.CompareTo(c.Id) > 0));
            }

            query = query.OrderBy(e => e.SortKey).ThenBy(e => e.Id);
        }

        return query;
    }

    public static string CursorOf<T>(T entity) where T : ISortKeyed => PageCursor.Encode(entity.SortKey, entity.Id);
}
