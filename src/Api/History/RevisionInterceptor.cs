using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.History;
using NewsroomClaims.Domain.Matching;
using NewsroomClaims.Domain.Reviews;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.History;

/// <summary>
/// Adds a <see cref="Revision"/> for every article, actor or claim a SaveChanges creates, changes or deletes,
/// inside that same SaveChanges: a change and its history commit together or not at all, whichever code made it.
/// </summary>
public sealed class RevisionInterceptor(IHttpContextAccessor accessor) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    private static long lastTicks;

    public static string TypeOf(object entity) => entity switch
    {
        DomainClaim => "claim",
        Article => "article",
        Actor => "actor",
        Statement => "statement",
        Review => "review",
        ClaimRelation => "relation",
        _ => "",
    };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await RecordAsync(context, cancellationToken);
        }

        return result;
    }

    // The app saves asynchronously; this keeps a synchronous SaveChanges (a tool, a test) from going unrecorded.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            RecordAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task RecordAsync(DbContext context, CancellationToken cancellationToken)
    {
        // One scan for changes (none when the writer turned detection off: it only added new entities); reading entries
        // and their collections would otherwise scan every tracked entity again.
        var detecting = context.ChangeTracker.AutoDetectChangesEnabled;
        if (detecting)
        {
            context.ChangeTracker.DetectChanges();
        }

        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await DeleteCascadedAsync(context, cancellationToken);
            var revisions = Collect(context);
            foreach (var revision in revisions)
            {
                if (revision.Number == 0)
                {
                    var last = await context.Set<Revision>().Where(r => r.EntityId == revision.EntityId).MaxAsync(r => (int?)r.Number, cancellationToken);
                    revision.Number = (last ?? 0) + 1;
                }

                AddedRows.Add(context, revision);
            }

            // The change feed numbers revisions as their transaction commits (ChangeSequencer); a SaveChanges of one
            // statement would otherwise run without a transaction, and so without that step.
            if (revisions.Count > 0 && context.Database.CurrentTransaction is null)
            {
                context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
            }
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// What the database would delete by cascade (an article's claims, a claim's relations) is deleted through the
    /// change tracker instead, so that each of those deletions is recorded and reaches the change feed too.
    /// </summary>
    private static async Task DeleteCascadedAsync(DbContext context, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        var articles = tracker.Entries<Article>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
        if (articles.Count > 0)
        {
            foreach (var claim in await context.Set<DomainClaim>().AsTracking().Where(c => articles.Contains(c.ArticleId)).ToListAsync(cancellationToken))
            {
                context.Remove(claim);
            }
        }

        var claims = tracker.Entries<DomainClaim>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
        if (claims.Count > 0)
        {
            var relations = await context.Set<ClaimRelation>().AsTracking()
                .Where(r => claims.Contains(r.FromClaimId) || claims.Contains(r.ToClaimId)).ToListAsync(cancellationToken);
            foreach (var relation in relations)
            {
                context.Remove(relation);
            }
        }
    }

    private List<Revision> Collect(DbContext context)
    {
        var user = accessor.HttpContext?.User;
        var author = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Name) ?? "unknown" : "system";
        var keyId = Guid.TryParse(user?.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim), out var id) ? id : (Guid?)null;

        var revisions = new List<Revision>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            var type = TypeOf(entry.Entity);
            if (type == "" || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || OnlyReadModelChanged(entry))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => RevisionAction.Created,
                EntityState.Deleted => RevisionAction.Deleted,
                _ when entry.Entity is DomainClaim { Retracted: true } && entry.Property(nameof(DomainClaim.RetractedAt)).IsModified => RevisionAction.Retracted,
                _ => RevisionAction.Updated,
            };
            var current = action != RevisionAction.Deleted;
            var claim = entry.Entity as DomainClaim;
            revisions.Add(new Revision
            {
                EntityType = type,
                EntityId = entry.Entity is Entity { } entity ? entity.Id : (Guid)entry.Property("Id").CurrentValue!,
                Number = action == RevisionAction.Created ? 1 : 0,
                Action = action,
                Author = author,
                AuthorKeyId = keyId,
                At = NextTime(),
                Snapshot = RevisionSnapshot.Json(entry, current, JsonOptions),
                ArticleId = claim is null ? null : current ? claim.ArticleId : (Guid?)Value(entry, nameof(DomainClaim.ArticleId), current),
                SpeakerId = claim is null ? null : current ? claim.SpeakerId : (Guid?)Value(entry, nameof(DomainClaim.SpeakerId), current),
            });
        }

        return revisions;
    }

    private static object? Value(EntityEntry entry, string property, bool current) =>
        current ? entry.Property(property).CurrentValue : entry.Property(property).OriginalValue;

    /// <summary>
    /// The time of a revision, strictly later than the one before it in this process (to the microsecond PostgreSQL
    /// keeps): the revisions of one transaction then sort in the order they were made when the feed numbers them.
    /// </summary>
    private static DateTime NextTime()
    {
        while (true)
        {
            var last = Interlocked.Read(ref lastTicks);
            var now = Entity.Now().Ticks;
            var next = Math.Max(now, last + 10);
            if (Interlocked.CompareExchange(ref lastTicks, next, last) == last)
            {
                return new DateTime(next, DateTimeKind.Utc);
            }
        }
    }

    /// <summary>
    /// A claim whose stored document alone was refreshed (an actor it names was renamed) did not change: only shadow
    /// properties, which hold derived data, were written.
    /// </summary>
    private static bool OnlyReadModelChanged(EntityEntry entry) =>
        entry.State == EntityState.Modified
        && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.IsShadowProperty())
        && !entry.ComplexProperties.Any(c => c.Properties.Any(p => p.IsModified));

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        ApiControllersSetup.ConfigureJson(options);
        return options;
    }
}
