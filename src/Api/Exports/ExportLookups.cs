using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Exports;

/// <summary>
/// What the exports need beyond the JSON response they start from: the articles claims appear in
/// and the kinds of the actors they name (a schema.org author is a Person or an Organization).
/// </summary>
public sealed class ExportLookups(AppDbContext db, ClaimQueries claims)
{
    public async Task<Dictionary<Guid, Article>> ArticlesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Articles.Include(a => a.Publisher).Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>The stored responses of the given claims (each once).</summary>
    public async Task<List<ClaimResponse>> ClaimsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var documents = await db.Claims.Where(c => wanted.Contains(c.Id))
            .Select(c => EF.Property<string>(c, ClaimDocument.Column)).ToListAsync(cancellationToken);
        return documents.ConvertAll(d => new StoredClaim(d).Read());
    }

    public async Task<Article?> ArticleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Articles.Include(a => a.Publisher).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<Dictionary<Guid, Actor>> ActorsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Actors.Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>
    /// The articles each statement appeared in, in the order of its appearances (by date), each article once, at most
    /// <paramref name="perStatement"/> of them.
    /// </summary>
    public async Task<Dictionary<Guid, IReadOnlyList<Guid>>> AppearancesAsync(IEnumerable<Guid> statements, CancellationToken cancellationToken,
        int perStatement = 100)
    {
        var wanted = statements.Distinct().Select(s => (Guid?)s).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var rows = await db.Claims.Where(c => wanted.Contains(EF.Property<Guid?>(c, StatementColumns.StatementId)) && c.RetractedAt == null)
            .OrderBy(c => c.SortKey).ThenBy(c => c.Id)
            .Select(c => new { Statement = EF.Property<Guid?>(c, StatementColumns.StatementId)!.Value, c.ArticleId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Statement)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.ArticleId).Distinct().Take(perStatement).ToList());
    }

    /// <summary>The article's claims with chains and subjects, in the order the article tells them.</summary>
    public async Task<List<DomainClaim>> ClaimsInArticleAsync(Guid articleId, CancellationToken cancellationToken) =>
        (await claims.WithDetails().Where(c => c.ArticleId == articleId).ToListAsync(cancellationToken))
        .OrderBy(c => c.ContentSpan?.Start ?? int.MaxValue).ThenBy(c => c.Id).ToList();
}
