using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// What claim validation looks up (an article's body length, which actors exist), remembered for the request: an
/// import validates up to 200 claims against one article and a handful of actors, which is then one query instead of
/// two per claim.
/// </summary>
public sealed class ClaimReferences(AppDbContext db)
{
    private readonly Dictionary<Guid, int?> bodyLengths = [];
    private readonly HashSet<Guid> known = [];
    private readonly HashSet<Guid> unknown = [];

    /// <summary>Remembers an article this request wrote, so its claims are checked against it without a query.</summary>
    public void Remember(Guid articleId, int bodyLength) => bodyLengths[articleId] = bodyLength;

    public async Task<int?> BodyLengthAsync(Guid articleId, CancellationToken cancellationToken)
    {
        if (!bodyLengths.TryGetValue(articleId, out var length))
        {
            length = await db.Articles.Where(a => a.Id == articleId).Select(a => (int?)a.Body.Length).FirstOrDefaultAsync(cancellationToken);
            bodyLengths[articleId] = length;
        }

        return length;
    }

    /// <summary>The ids among <paramref name="ids"/> that name no actor.</summary>
    public async Task<IReadOnlyList<Guid>> MissingActorsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var ask = wanted.Where(id => !known.Contains(id) && !unknown.Contains(id)).ToList();
        if (ask.Count > 0)
        {
            var found = await db.Actors.Where(a => ask.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
            known.UnionWith(found);
            unknown.UnionWith(ask.Except(found));
        }

        return wanted.Where(unknown.Contains).ToList();
    }
}
