using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace NewsroomClaims.Api.Infrastructure;

internal static class PageLinks
{
    /// <summary>Builds the page: takes pageSize items of the pageSize + 1 fetched, and links the next page when there is one.</summary>
    public static Page<TOut> ToPage<TIn, TOut>(this HttpRequest request, IReadOnlyList<TIn> fetched, int pageSize,
        Func<TIn, string> cursorOf, Func<TIn, TOut> map)
    {
        var items = fetched.Take(pageSize).Select(map).ToList();
        if (fetched.Count <= pageSize)
        {
            return new Page<TOut>(items, null, null);
        }

        var token = cursorOf(fetched[pageSize - 1]);
        var query = request.Query.Where(q => !q.Key.Equals("pageToken", StringComparison.OrdinalIgnoreCase))
            .Append(new KeyValuePair<string, StringValues>("pageToken", token));
        var next = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
        return new Page<TOut>(items, token, next);
    }
}
