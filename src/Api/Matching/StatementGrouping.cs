using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>What the grouping needs to know of a claim.</summary>
internal sealed record ClaimFacts(Guid Id, string Content, Guid? SpeakerId, long SortKey, bool Retracted, Guid? StatementId, bool Pinned);

/// <summary>
/// Puts each claim the worker has just embedded into a statement of its speaker, inside the worker's transaction:
/// the statement of its most similar claim by the same speaker scoring at least
/// <see cref="MatchingOptions.StatementThreshold"/>, else a statement of its own. Claims an editor placed (pinned by a
/// merge or split) stay where they are; a retracted claim, or one by an anonymous source, belongs to none. Membership
/// is saved first; then the documents of the claims that moved, and of every claim of a statement whose first
/// appearance changed, are rebuilt (see <see cref="ClaimDocumentInterceptor"/>), and statements left empty are deleted.
/// </summary>
internal sealed class StatementGrouping(AppDbContext db, ClaimSearch search, IOptions<MatchingOptions> options)
{
    private readonly Dictionary<Guid, AppearanceRef?> before = [];
    private readonly HashSet<Guid> changed = [];
    private readonly HashSet<Guid> refresh = [];

    /// <summary>A deleted claim's statement: its first appearance may have been that claim.</summary>
    public void Deleted(Guid? statement)
    {
        if (statement is { } id)
        {
            before.TryAdd(id, null);
            changed.Add(id);
        }
    }

    public async Task PlaceAsync(ClaimFacts claim, float[][] vector, CancellationToken cancellationToken)
    {
        refresh.Add(claim.Id);
        var (target, pinned) = await DecideAsync(claim, vector, cancellationToken);
        if (target == claim.StatementId && pinned == claim.Pinned)
        {
            return;
        }

        foreach (var statement in new[] { claim.StatementId, target }.OfType<Guid>())
        {
            await RememberAsync(statement, cancellationToken);
        }

        await db.Claims.Where(c => c.Id == claim.Id).ExecuteUpdateAsync(set => set
            .SetProperty(c => EF.Property<Guid?>(c, StatementColumns.StatementId), target)
            .SetProperty(c => EF.Property<bool>(c, StatementColumns.Pinned), pinned), cancellationToken);
    }

    /// <summary>Deletes emptied statements and rebuilds the documents whose statement or first appearance changed.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        var after = await StatementColumns.FirstAppearancesAsync(db, before.Keys, cancellationToken);
        var emptied = before.Keys.Where(s => !after.ContainsKey(s)).ToList();
        if (emptied.Count > 0)
        {
            db.Statements.RemoveRange(await db.Statements.AsTracking().Where(s => emptied.Contains(s.Id)).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        var firstMoved = before.Keys.Where(s => after.ContainsKey(s) && (changed.Contains(s) || before[s] != after[s])).Select(s => (Guid?)s).ToList();
        if (firstMoved.Count > 0)
        {
            refresh.UnionWith(await db.Claims.Where(c => firstMoved.Contains(EF.Property<Guid?>(c, StatementColumns.StatementId)))
                .Select(c => c.Id).ToListAsync(cancellationToken));
        }

        await ClaimDocuments.RefreshAsync(db, refresh, cancellationToken);
    }

    private async Task<(Guid? Statement, bool Pinned)> DecideAsync(ClaimFacts claim, float[][] vector, CancellationToken cancellationToken)
    {
        if (claim.Retracted || claim.SpeakerId is not { } speaker)
        {
            return (null, false);
        }

        if (claim.Pinned && claim.StatementId is { } kept && await db.Statements.AnyAsync(s => s.Id == kept && s.SpeakerId == speaker, cancellationToken))
        {
            return (kept, true);
        }

        var threshold = options.Value.StatementThreshold;
        var similar = await search.NearestAsync(vector, new IndexFilter(Speaker: speaker, Exclude: claim.Id), threshold, 20, cancellationToken);
        if (similar.Count > 0)
        {
            var ids = similar.Select(s => s.ClaimId).ToList();
            var statements = await db.Claims.Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, Statement = EF.Property<Guid?>(c, StatementColumns.StatementId) })
                .ToDictionaryAsync(c => c.Id, c => c.Statement, cancellationToken);
            if (similar.Select(s => statements.GetValueOrDefault(s.ClaimId)).FirstOrDefault(s => s is not null) is { } joined)
            {
                return (joined, false);
            }
        }

        if (claim.StatementId is { } current && !claim.Pinned
            && !await db.Claims.AnyAsync(c => EF.Property<Guid?>(c, StatementColumns.StatementId) == current && c.Id != claim.Id, cancellationToken))
        {
            // Alone in its statement already: it keeps the statement (and its id) rather than getting a new one.
            return (current, false);
        }

        var found = Statement.Found(speaker);
        db.Statements.Add(found);
        await db.SaveChangesAsync(cancellationToken);
        before.TryAdd(found.Id, null);
        return (found.Id, false);
    }

    private async Task RememberAsync(Guid statement, CancellationToken cancellationToken)
    {
        if (!before.ContainsKey(statement))
        {
            before[statement] = (await StatementColumns.FirstAppearancesAsync(db, [statement], cancellationToken)).GetValueOrDefault(statement);
        }
    }
}
