using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>The work of one turn: deliver for the subscription held, before the deadline; the caller saves it.</summary>
public delegate Task TurnWork(AppDbContext db, WebhookSubscription subscription, IServiceProvider services, DateTimeOffset deadline, CancellationToken cancellationToken);

/// <summary>
/// Lets one instance at a time work on a subscription, so the same change is never delivered to it twice at once, and
/// a dead instance never holds one: both locks below are released by the operating system or the database when their
/// holder dies. PostgreSQL: the turn runs in a transaction that holds the subscription's row (<c>FOR UPDATE SKIP
/// LOCKED</c>: another instance skips it rather than waiting), and the cursor and attempts commit with it. SQLite, whose
/// one writer must not be held during HTTP calls: instances sharing a SQLite file share a machine, so the turn holds
/// an exclusive lock file beside the database (<c>{database}.webhooks/{subscription}.lock</c>), as migrations do, and
/// records the turn in one write at its end.
/// </summary>
public sealed class SubscriptionTurns(IServiceScopeFactory scopes, WriteQueue queue, TimeProvider time)
{
    private static readonly TimeSpan TurnLength = TimeSpan.FromSeconds(10);

    public async Task RunAsync(Guid id, TurnWork work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db is PostgresAppDbContext)
        {
            await LockedRowAsync(db, id, work, scope.ServiceProvider, cancellationToken);
        }
        else
        {
            await LockedFileAsync(db, id, work, scope.ServiceProvider, cancellationToken);
        }
    }

    private async Task LockedRowAsync(AppDbContext db, Guid id, TurnWork work, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var held = await db.WebhookSubscriptions.FromSql($"""
            SELECT * FROM "WebhookSubscriptions" WHERE "Id" = {id} AND "Enabled" AND "NextAttemptAt" <= {now} FOR UPDATE SKIP LOCKED
            """).AsTracking().ToListAsync(cancellationToken);
        if (held is not [var subscription])
        {
            return;
        }

        await work(db, subscription, services, time.GetUtcNow() + TurnLength, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task LockedFileAsync(AppDbContext db, Guid id, TurnWork work, IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        var directory = Directory.CreateDirectory(database + ".webhooks");
        FileStream held;
        try
        {
            // Never deleted: removing a lock file another instance has just opened would let a third lock a new one.
            held = new FileStream(Path.Combine(directory.FullName, $"{id:N}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return;
        }

        await using (held)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var subscription = await db.WebhookSubscriptions.AsTracking()
                .FirstOrDefaultAsync(s => s.Id == id && s.Enabled && s.NextAttemptAt <= now, cancellationToken);
            if (subscription is null)
            {
                return;
            }

            try
            {
                await work(db, subscription, services, time.GetUtcNow() + TurnLength, cancellationToken);
            }
            finally
            {
                // Saved also after a failure or at shutdown, so what was delivered is recorded. A subscription deleted
                // meanwhile (SQLite does not hold its row during the turn) has nothing left to save. The save takes the
                // next turn of the write queue, ahead of the requests waiting there (see WriteQueue).
                try
                {
                    using (await queue.EnterAheadAsync(CancellationToken.None))
                    {
                        await db.SaveChangesAsync(CancellationToken.None);
                    }
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear();
                    if (await db.WebhookSubscriptions.AnyAsync(s => s.Id == id, CancellationToken.None))
                    {
                        throw;
                    }
                }
            }
        }
    }
}
