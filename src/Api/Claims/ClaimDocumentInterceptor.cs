using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Actors;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// Keeps the read model (<see cref="ClaimDocument"/>) in step inside the very SaveChanges that changes its sources, as
/// the revision history is kept: whichever code writes a claim (API, import, extraction, sample data) or renames an
/// actor a claim names, the documents commit with the rows or not at all. Registered after the revision interceptor:
/// a document refreshed only because an actor was renamed is not a change to the claim. A claim's statement and the
/// statement's first appearance come from the database as this transaction sees it: the grouping saves membership
/// first, then refreshes the documents (see Matching/StatementGrouping).
/// </summary>
public sealed class ClaimDocumentInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await RefreshAsync(context, cancellationToken);
        }

        return result;
    }

    // The app saves asynchronously; this keeps a synchronous SaveChanges (a tool, a test) from skipping the read model.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            RefreshAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    /// <summary>Rebuilds the documents of the given tracked claims (and of every claim a renamed tracked actor appears in).</summary>
    public static async Task RefreshAsync(DbContext context, CancellationToken cancellationToken)
    {
        // One scan for changes (none when the writer turned detection off: it only added new entities); every Entries()
        // call would otherwise scan all tracked entities again (an import tracks ~1,000).
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        if (detecting)
        {
            tracker.DetectChanges();
        }

        tracker.AutoDetectChangesEnabled = false;
        try
        {
            await RefreshDetectedAsync(context, cancellationToken);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async Task RefreshDetectedAsync(DbContext context, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        var claims = tracker.Entries<DomainClaim>().Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToDictionary(e => e.Entity.Id);
        var renamed = tracker.Entries<Actor>()
            .Where(e => e.State == EntityState.Modified && e.Property(a => a.Name).IsModified).Select(e => e.Entity.Id).ToList();
        if (renamed.Count > 0)
        {
            var naming = await context.Set<DomainClaim>().AsTracking()
                .Where(c => c.Chain.Any(l => l.ActorId != null && renamed.Contains(l.ActorId.Value)) || c.Subjects.Any(s => renamed.Contains(s.ActorId)))
                .ToListAsync(cancellationToken);
            foreach (var claim in naming)
            {
                claims.TryAdd(claim.Id, context.Entry(claim));
            }
        }

        if (claims.Count == 0)
        {
            return;
        }

        foreach (var entry in claims.Values.Where(e => e.State != EntityState.Added))
        {
            await LoadAsync(entry, cancellationToken);
        }

        var names = await NamesAsync(context, claims.Values.SelectMany(e => ClaimDocument.ActorIds(e.Entity)), cancellationToken);
        var statements = claims.Values.Select(e => e.Property<Guid?>(StatementColumns.StatementId).CurrentValue).OfType<Guid>();
        var firsts = await StatementColumns.FirstAppearancesAsync(context, statements, cancellationToken);
        foreach (var entry in claims.Values)
        {
            var statement = entry.Property<Guid?>(StatementColumns.StatementId).CurrentValue is { } id ? (id, firsts.GetValueOrDefault(id)) : ((Guid, AppearanceRef?)?)null;
            entry.Property<string>(ClaimDocument.Column).CurrentValue = ClaimDocument.Serialize(ClaimDocument.Build(entry.Entity, names, statement));
        }
    }

    /// <summary>A claim read without its chain or subjects (a retraction reads only the row) gets them before it is described.</summary>
    private static async Task LoadAsync(EntityEntry<DomainClaim> entry, CancellationToken cancellationToken)
    {
        if (!entry.Collection(c => c.Chain).IsLoaded)
        {
            await entry.Collection(c => c.Chain).LoadAsync(cancellationToken);
        }

        if (!entry.Collection(c => c.Subjects).IsLoaded)
        {
            await entry.Collection(c => c.Subjects).LoadAsync(cancellationToken);
        }
    }

    /// <summary>Display names: those of actors this context tracks (new or renamed ones included) first, the rest from the database.</summary>
    private static async Task<Dictionary<Guid, string>> NamesAsync(DbContext context, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        var names = context.ChangeTracker.Entries<Actor>().Where(e => wanted.Contains(e.Entity.Id) && e.State != EntityState.Deleted)
            .ToDictionary(e => e.Entity.Id, e => e.Entity.Name);
        var missing = wanted.Where(id => !names.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var actor in await context.Set<Actor>().Where(a => missing.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            {
                names[actor.Id] = actor.Name;
            }
        }

        return names;
    }
}
