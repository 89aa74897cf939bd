using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Statements;

/// <summary>The claim columns that hold statement membership (shadow properties, see ClaimConfiguration).</summary>
public static class StatementColumns
{
    public const string StatementId = "StatementId";

    /// <summary>Set by an editor's merge or split: the automatic grouping leaves the claim where it is.</summary>
    public const string Pinned = "StatementPinned";

    public static Guid? StatementOf(this DbContext context, DomainClaim claim) =>
        context.Entry(claim).Property<Guid?>(StatementId).CurrentValue;

    /// <summary>
    /// The first appearance of each statement: its claim with the smallest (sort key, id), retracted ones aside, as the
    /// database holds them now (inside the caller's transaction).
    /// </summary>
    public static async Task<Dictionary<Guid, AppearanceRef>> FirstAppearancesAsync(DbContext context, IEnumerable<Guid> statements,
        CancellationToken cancellationToken)
    {
        var ids = statements.Distinct().Select(id => (Guid?)id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var firsts = await context.Set<DomainClaim>()
            .Where(c => ids.Contains(EF.Property<Guid?>(c, StatementId)) && c.RetractedAt == null)
            .GroupBy(c => EF.Property<Guid?>(c, StatementId))
            .Select(g => g.OrderBy(c => c.SortKey).ThenBy(c => c.Id)
                .Select(c => new { Statement = EF.Property<Guid?>(c, StatementId), c.Id, c.ArticleId, c.SortKey }).First())
            .ToListAsync(cancellationToken);
        return firsts.ToDictionary(f => f.Statement!.Value, f => new AppearanceRef(f.Id, f.ArticleId, DateOnly.FromDateTime(new DateTime(f.SortKey))));
    }
}
