using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// The claim reads shared by /claims and the nested lists under articles and actors. They read the stored documents
/// (<see cref="ClaimDocument"/>): a page is one query over the claims table and the JSON goes out as stored.
/// </summary>
public sealed class ClaimQueries(AppDbContext db)
{
    private sealed record Row(string Document, long SortKey, Guid Id);

    /// <summary>Claims with their chain and subjects and the actors those name, for exports that draw on the entities.</summary>
    public IQueryable<DomainClaim> WithDetails() => db.Claims
        .Include(c => c.Chain).ThenInclude(l => l.Actor)
        .Include(c => c.Subjects).ThenInclude(s => s.Actor)
        .AsSplitQuery();

    public async Task<SavedClaim> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Claims.Where(c => c.Id == id)
            .Select(c => new SavedClaim(c.Id, c.Version, new StoredClaim(EF.Property<string>(c, ClaimDocument.Column))))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw ApiException.NotFound("Claim", id);

    public async Task<Page<StoredClaim>> ListAsync(ClaimListRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        // The page's documents stay in the buffer until the response has been written.
        var buffer = new PageBuffer();
        http.HttpContext.Response.RegisterForDispose(buffer);
        var rows = ClaimPageCommand.Handles(request)
            ? await ClaimPageCommand.ReadAsync(db, request, buffer, cancellationToken)
            : (await Rows(Filter(db.Claims, request).PageBy(request)).ToListAsync(cancellationToken)).ConvertAll(r => (Document: new StoredClaim(r.Document), r.SortKey, r.Id));
        return http.ToPage(rows, request.PageSize, r => PageCursor.Encode(r.SortKey, r.Id), r => r.Document);
    }

    /// <summary>
    /// Every claim the list's filters match, in the list's order, as batches of <paramref name="batchSize"/>: the
    /// keyset walk of <see cref="ListAsync"/> without pages, so an export of a million claims holds one batch at a time.
    /// </summary>
    /// <remarks>
    /// All batches read one snapshot, taken at the first query, so the export is the list as it stood then:
    /// claims written, edited or deleted meanwhile are not in it, and queries the caller makes between batches
    /// on this context (the articles of a batch) see the same state. The snapshot never holds a write lock
    /// (<see cref="SnapshotReads.BeginSnapshotAsync"/>).
    /// </remarks>
    public async IAsyncEnumerable<IReadOnlyList<ClaimResponse>> ListAllAsync(ClaimListRequest request, int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginSnapshotAsync(cancellationToken);
        var matching = Filter(db.Claims, request);
        PageCursor? after = null;
        while (true)
        {
            var rows = await Rows(matching.OrderedAfter(request, after).Take(batchSize)).ToListAsync(cancellationToken);
            if (rows.Count > 0)
            {
                yield return rows.ConvertAll(r => new StoredClaim(r.Document).Read());
            }

            if (rows.Count < batchSize)
            {
                break;
            }

            after = new PageCursor(rows[^1].SortKey, rows[^1].Id, "");
        }

        await snapshot.CommitAsync(cancellationToken);
    }

    private static IQueryable<Row> Rows(IQueryable<DomainClaim> claims) =>
        claims.Select(c => new Row(EF.Property<string>(c, ClaimDocument.Column), c.SortKey, c.Id));

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

        if (request.Verdict is { } verdict)
        {
            query = query.Where(c => db.Reviews.Any(r => r.ClaimId == c.Id && r.Verdict == verdict));
        }

        if (request.Reviewed is { } reviewed)
        {
            query = reviewed ? query.Where(c => db.Reviews.Any(r => r.ClaimId == c.Id)) : query.Where(c => !db.Reviews.Any(r => r.ClaimId == c.Id));
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
