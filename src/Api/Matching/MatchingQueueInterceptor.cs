using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Articles;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// Puts a <see cref="MatchingJob"/> in the durable queue for every claim a SaveChanges creates, deletes or changes in a
/// way matching sees (its words, speaker, date or retraction), inside that same SaveChanges: whichever code writes a
/// claim (API, import, extraction, sample data), the job commits with it or not at all. Claims deleted with their
/// article are queued too. Changes to a claim's derived columns (its document, its statement) queue nothing, so the
/// worker's own writes do not feed the queue. After the commit <see cref="MatchingSignal"/> wakes the worker.
/// </summary>
public sealed class MatchingQueueInterceptor(MatchingSignal signal) : SaveChangesInterceptor
{
    private static readonly string[] Watched =
        [nameof(DomainClaim.Content), nameof(DomainClaim.SpeakerId), nameof(DomainClaim.SortKey), nameof(DomainClaim.RetractedAt)];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await EnqueueAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            EnqueueAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Outside a transaction the jobs are committed now; inside one the worker wakes with nothing to see yet and
        // finds the jobs on its next poll (or the transaction's owner signals after the commit).
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }

        return ValueTask.FromResult(result);
    }

    private static async Task EnqueueAsync(DbContext context, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        if (detecting)
        {
            tracker.DetectChanges();
        }

        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var jobs = new List<MatchingJob>();
            foreach (var entry in tracker.Entries<DomainClaim>())
            {
                switch (entry.State)
                {
                    case EntityState.Added:
                        jobs.Add(new MatchingJob { ClaimId = entry.Entity.Id });
                        break;
                    case EntityState.Deleted:
                        jobs.Add(new MatchingJob { ClaimId = entry.Entity.Id, StatementId = entry.Property<Guid?>(StatementColumns.StatementId).OriginalValue });
                        break;
                    case EntityState.Modified when Watched.Any(p => entry.Property(p).IsModified):
                        jobs.Add(new MatchingJob { ClaimId = entry.Entity.Id });
                        break;
                }
            }

            var deletedArticles = tracker.Entries<Article>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
            if (deletedArticles.Count > 0)
            {
                var going = await context.Set<DomainClaim>().Where(c => deletedArticles.Contains(c.ArticleId))
                    .Select(c => new { c.Id, Statement = EF.Property<Guid?>(c, StatementColumns.StatementId) }).ToListAsync(cancellationToken);
                jobs.AddRange(going.Select(c => new MatchingJob { ClaimId = c.Id, StatementId = c.Statement }));
            }

            foreach (var job in jobs)
            {
                AddedRows.Add(context, job);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}

/// <summary>Wakes the matching worker when jobs were committed, so a claim is matchable well within its 2-second budget.</summary>
public sealed class MatchingSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the worker takes every job it finds.
        }
    }

    /// <summary>True when signalled before <paramref name="timeout"/> ran out.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}

/// <summary>Signals the worker after every commit: jobs written inside a request's transaction are visible only then.</summary>
public sealed class MatchingCommitInterceptor(MatchingSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();
}
