using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Reviews;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// Keeps the read model (<see cref="ClaimDocument"/>) in step inside the very SaveChanges that changes its sources, as
/// the revision history is kept: whichever code writes a claim (API, import, extraction, sample data), writes or
/// deletes one of its reviews, or renames an actor a claim names (as speaker, link, subject or reviewer), the documents
/// commit with the rows or not at all. Registered after the revision interceptor: a document refreshed only because an
/// actor was renamed or a review changed is not a change to the claim. A claim's statement and the statement's first
/// appearance come from the database as this transaction sees it: the grouping saves membership first, then refreshes
/// the documents (see Matching/StatementGrouping).
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
        var reviewed = tracker.Entries<Review>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.ClaimId).Where(id => !claims.ContainsKey(id)).ToHashSet();
        if (renamed.Count > 0 || reviewed.Count > 0)
        {
            var others = await context.Set<DomainClaim>().AsTracking()
                .Where(c => reviewed.Contains(c.Id)
                    || c.Chain.Any(l => l.ActorId != null && renamed.Contains(l.ActorId.Value)) || c.Subjects.Any(s => renamed.Contains(s.ActorId))
                    || context.Set<Review>().Any(r => r.ClaimId == c.Id && renamed.Contains(r.ReviewerId)))
                .ToListAsync(cancellationToken);
            foreach (var claim in others)
            {
                // A claim deleted in this SaveChanges (its reviews go with it) needs no document. One whose answer changes
                // only because a review or an actor's name did gets a new version all the same: its ETag stands for the
                // answer, and a client holding the old one must not be told 304 Not Modified.
                var entry = context.Entry(claim);
                if (entry.State != EntityState.Deleted && claims.TryAdd(claim.Id, entry))
                {
                    claim.Version = Guid.NewGuid();
                }
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

        var reviews = await ReviewsAsync(context, claims.Values.Where(e => e.State != EntityState.Added).Select(e => e.Entity.Id), cancellationToken);
        var names = await NamesAsync(context, claims.Values.SelectMany(e => ClaimDocument.ActorIds(e.Entity, reviews[e.Entity.Id])), cancellationToken);
        var statements = claims.Values.Select(e => e.Property<Guid?>(StatementColumns.StatementId).CurrentValue).OfType<Guid>();
        var firsts = await StatementColumns.FirstAppearancesAsync(context, statements, cancellationToken);
        foreach (var entry in claims.Values)
        {
            var statement = entry.Property<Guid?>(StatementColumns.StatementId).CurrentValue is { } id ? (id, firsts.GetValueOrDefault(id)) : ((Guid, AppearanceRef?)?)null;
            entry.Property<string>(ClaimDocument.Column).CurrentValue =
                ClaimDocument.Serialize(ClaimDocument.Build(entry.Entity, names, reviews[entry.Entity.Id].ToList(), statement));
        }
    }

    /// <summary>
    /// The reviews of the given claims as this SaveChanges leaves them: stored ones (one query, none for an import that
    /// only adds claims), with the tracked ones that are added, changed or deleted here taking their place.
    /// </summary>
    private static async Task<ILookup<Guid, Review>> ReviewsAsync(DbContext context, IEnumerable<Guid> stored, CancellationToken cancellationToken)
    {
        var ids = stored.ToList();
        var tracked = context.ChangeTracker.Entries<Review>().ToDictionary(e => e.Entity.Id);
        var reviews = ids.Count == 0 ? [] : await context.Set<Review>().AsNoTracking().Where(r => ids.Contains(r.ClaimId)).ToListAsync(cancellationToken);
        return reviews.Where(r => !tracked.ContainsKey(r.Id))
            .Concat(tracked.Values.Where(e => e.State is not (EntityState.Deleted or EntityState.Detached)).Select(e => e.Entity))
            .ToLookup(r => r.ClaimId);
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
