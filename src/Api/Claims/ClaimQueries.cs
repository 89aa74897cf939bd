using System.Runtime.CompilerServices;
using Mapster;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>The claim reads shared by /claims and the nested lists under articles and actors.</summary>
public sealed class ClaimQueries(AppDbContext db, TypeAdapterConfig mapper)
{
    /// <summary>Claims with their chain and subjects, and the actors those name.</summary>
    public IQueryable<DomainClaim> WithDetails() => db.Claims
        .Include(c => c.Chain).ThenInclude(l => l.Actor)
        .Include(c => c.Subjects).ThenInclude(s => s.Actor)
        .AsSplitQuery();

    public async Task<DomainClaim> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await WithDetails().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw ApiException.NotFound("Claim", id);

    public ClaimResponse ToResponse(DomainClaim claim) => claim.Adapt<ClaimResponse>(mapper);

    public async Task<Page<ClaimResponse>> ListAsync(ClaimListRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        // Split: one query for the page, one per collection. As one query, SQLite would materialise
        // every chain link joined to its actor before joining the page (seconds at 100,000 claims).
        // The collection queries repeat the page query, so all three must read one snapshot: without it a claim
        // inserted between them shifts the page and leaves a listed claim without its chain.
        await using var snapshot = await db.Database.BeginSnapshotAsync(cancellationToken);
        var rows = await Filter(db.Claims, request).PageBy(request).Select(ClaimProjection.ToRow).AsSplitQuery().ToListAsync(cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        return http.ToPage(rows, request.PageSize, r => PageCursor.Encode(r.SortKey, r.Claim.Id), ClaimProjection.Complete);
    }

    /// <summary>
    /// Every claim the list's filters match, in the list's order, as batches of <paramref name="batchSize"/>: the
    /// keyset walk of <see cref="ListAsync"/> without pages, so an export of a million claims holds one batch at a time.
    /// </summary>
    /// <remarks>
    /// All batches read one snapshot, taken at the first query, so the export is the list as it stood then:
    /// claims written, edited or deleted meanwhile are not in it, and queries the caller makes between batches
    /// on this context (the articles of a batch) see the same state. The snapshot never holds a write lock
    /// (<see cref="SnapshotReads.BeginSnapshotAsync"/>). The keyset walk alone, each batch starting strictly after the
    /// last (sort key, id) sent, would already list every claim present from start to end exactly once, unless an
    /// edit moved its date across the point reached; the snapshot also rules that out and keeps new claims out.
    /// </remarks>
    public async IAsyncEnumerable<IReadOnlyList<ClaimResponse>> ListAllAsync(ClaimListRequest request, int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginSnapshotAsync(cancellationToken);
        var matching = Filter(db.Claims, request);
        PageCursor? after = null;
        while (true)
        {
            var rows = await matching.OrderedAfter(request, after).Take(batchSize)
                .Select(ClaimProjection.ToRow).AsSplitQuery().ToListAsync(cancellationToken);
            if (rows.Count > 0)
            {
                yield return rows.ConvertAll(ClaimProjection.Complete);
            }

            if (rows.Count < batchSize)
            {
                break;
            }

            after = new PageCursor(rows[^1].SortKey, rows[^1].Claim.Id, "");
        }

        await snapshot.CommitAsync(cancellationToken);
    }

    private IQueryable<DomainClaim> Filter(IQueryable<DomainClaim> query, ClaimListRequest request)
    {
        if (request.Speaker is { } speaker)
        {
            query = query.Where(c => c.SpeakerId == speaker);
        }

        if (request.ReportedBy is { } reporter)
        {
            query = query.Where(c => c.Chain.Any(l => l.ActorId == reporter));
        }

        if (request.Mentions is { } mentioned)
        {
            query = query.Where(c => c.Subjects.Any(s => s.ActorId == mentioned));
        }

        if (request.Article is { } article)
        {
            query = query.Where(c => c.ArticleId == article);
        }

        if (request.Publisher is { } publisher)
        {
            query = query.Where(c => db.Articles.Any(a => a.Id == c.ArticleId && a.PublisherId == publisher));
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (request.Origin is { } origin)
        {
            query = query.Where(c => c.Origin == origin);
        }

        if (!string.IsNullOrWhiteSpace(request.Cue))
        {
            var cue = request.Cue.Trim().ToLower();
            query = query.Where(c => c.Cue != null && c.Cue.ToLower() == cue);
        }

        if (!string.IsNullOrWhiteSpace(request.Topic))
        {
            query = query.Where(c => c.Topics.Contains(request.Topic));
        }

        if (request.Retracted is { } retracted)
        {
            query = retracted ? query.Where(c => c.RetractedAt != null) : query.Where(c => c.RetractedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var text = request.Q.ToLower();
            query = query.Where(c => c.Content.ToLower().Contains(text) || (c.Quote != null && c.Quote.ToLower().Contains(text)));
        }

        return query;
    }
}
