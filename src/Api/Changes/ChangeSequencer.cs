using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Changes;

/// <summary>
/// Gives each revision its place in the change feed (<see cref="Revision.Sequence"/>) as its transaction commits, so
/// that feed order is commit order even when transactions overlap: numbers taken when rows are written would let a
/// transaction that began first but commits last slip in behind a reader that has already moved past its number.
/// </summary>
/// <remarks>
/// Just before COMMIT the transaction takes the feed's lock (on PostgreSQL a transaction-scoped advisory lock; SQLite
/// already holds its single write lock), numbers its revisions after the highest number committed so far, in the
/// order they were made, and commits. PostgreSQL makes a commit visible before it releases the transaction's locks, so
/// the next transaction to take the lock sees every earlier number: a revision committed later always gets a higher
/// number, and no reader ever sees a number below one it has already seen appear afterwards. The lock is held only
/// for one UPDATE and the commit itself. A revision left without a number (written outside any transaction, which
/// the revision interceptor prevents) is numbered by the next commit that numbers revisions.
/// </remarks>
public sealed class ChangeSequencer(ChangeSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>
    /// The revisions each open transaction has saved: code that clears its change tracker between a SaveChanges and the
    /// commit (the matching worker rebuilding claim documents) would otherwise commit revisions nobody numbers, and they
    /// would stay out of the feed until some later commit numbered them.
    /// </summary>
    private readonly ConditionalWeakTable<DbTransaction, Dictionary<Guid, Revision>> saved = new();

    /// <summary>The advisory lock's key on PostgreSQL ("changes" as 64 bits); nothing else takes it.</summary>
    internal const long FeedLock = 0x6368616e676573;

    private const string Number = """
        UPDATE "Revisions" SET "Sequence" = numbered.s
        FROM (
            SELECT "Id", (SELECT COALESCE(MAX("Sequence"), 0) FROM "Revisions") + row_number() OVER (ORDER BY "At", "Id") AS s
            FROM "Revisions" WHERE "Sequence" IS NULL) AS numbered
        WHERE "Revisions"."Id" = numbered."Id"
        RETURNING "Revisions"."Id", "Revisions"."Sequence"
        """;

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Remember(DbContext? context)
    {
        if (context?.Database.CurrentTransaction?.GetDbTransaction() is not { } transaction || Pending(context) is not { Count: > 0 } pending)
        {
            return;
        }

        var kept = saved.GetOrCreateValue(transaction);
        lock (kept)
        {
            foreach (var (id, revision) in pending)
            {
                kept[id] = revision;
            }
        }
    }

    /// <summary>The revisions to number at this commit: those still tracked and those saved earlier in the transaction.</summary>
    private Dictionary<Guid, Revision> PendingAt(DbTransaction transaction, DbContext context)
    {
        var pending = Pending(context);
        if (saved.TryGetValue(transaction, out var kept))
        {
            saved.Remove(transaction);
            lock (kept)
            {
                foreach (var (id, revision) in kept.Where(k => k.Value.Sequence is null))
                {
                    pending.TryAdd(id, revision);
                }
            }
        }

        return pending;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && PendingAt(transaction, context) is { Count: > 0 } pending)
        {
            await NumberAsync(transaction, context, pending, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { } context && PendingAt(transaction, context) is { Count: > 0 } pending)
        {
            NumberAsync(transaction, context, pending, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    /// <summary>The revisions this context wrote that have no number yet; read without another scan for changes.</summary>
    private static Dictionary<Guid, Revision> Pending(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            // With those a bulk save wrote without tracking them (see Data/AddedRows), until the save is over.
            return tracker.Entries<Revision>().Where(e => e.State is (EntityState.Unchanged or EntityState.Added) && e.Entity.Sequence is null)
                .Select(e => e.Entity).Concat(AddedRows.Of(context).OfType<Revision>().Where(r => r.Sequence is null))
                .ToDictionary(r => r.Id);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async Task NumberAsync(DbTransaction transaction, DbContext context, Dictionary<Guid, Revision> pending, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        if (context is PostgresAppDbContext)
        {
            await using var lockCommand = connection.CreateCommand();
            lockCommand.Transaction = transaction;
            lockCommand.CommandText = $"SELECT pg_advisory_xact_lock({FeedLock})";
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        // A separate statement from the lock: under READ COMMITTED it takes its snapshot after the lock was granted.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Number;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var numbered = new Dictionary<Guid, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            numbered[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        // The tracked revisions learn their numbers without being marked changed, so a later SaveChanges leaves them be.
        // Without a scan for changes per revision (Entry would scan each one: ~100 in an import) as nothing else changed them.
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var (id, revision) in pending)
            {
                if (!numbered.TryGetValue(id, out var sequence))
                {
                    continue;
                }

                var entry = context.Entry(revision);
                if (entry.State == EntityState.Detached)
                {
                    revision.Sequence = sequence;
                    continue;
                }

                entry.Property(r => r.Sequence).CurrentValue = sequence;
                entry.Property(r => r.Sequence).OriginalValue = sequence;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
