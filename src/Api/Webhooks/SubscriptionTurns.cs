using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>The work of one turn: deliver for the subscription held, before the deadline; the caller saves it.</summary>
public delegate Task TurnWork(AppDbContext db, WebhookSubscription subscription, IServiceProvider services, DateTimeOffset deadline, CancellationToken cancellationToken);

/// <summary>
/// Lets one instance at a time work on a subscription, so the same change is never delivered to it twice at once.
/// PostgreSQL: the turn runs in a transaction that holds the subscription's row (<c>FOR UPDATE SKIP LOCKED</c>: another
/// instance skips it rather than waiting), and its cursor and attempts commit with it; the lock dies with the
/// connection if the instance does. SQLite, whose single writer must not be held during HTTP calls: the turn takes a
/// lease on the row (one conditional UPDATE, atomic under SQLite's write lock), ends well before the lease runs out,
/// and saves only while it still owns the lease.
/// </summary>
public sealed class SubscriptionTurns(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider time)
{
    private static readonly TimeSpan TurnLength = TimeSpan.FromSeconds(10);
    private readonly string instance = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task RunAsync(Guid id, TurnWork work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db is PostgresAppDbContext)
        {
            await LockedAsync(db, id, work, scope.ServiceProvider, cancellationToken);
        }
        else
        {
            await LeasedAsync(db, id, work, scope.ServiceProvider, cancellationToken);
        }
    }

    private async Task LockedAsync(AppDbContext db, Guid id, TurnWork work, IServiceProvider services, CancellationToken cancellationToken)
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

    private async Task LeasedAsync(AppDbContext db, Guid id, TurnWork work, IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lease = options.Value.Lease;
        var taken = await db.WebhookSubscriptions
            .Where(s => s.Id == id && s.Enabled && s.NextAttemptAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseOwner, instance).SetProperty(s => s.LeaseUntil, now + lease), cancellationToken);
        if (taken == 0)
        {
            return;
        }

        var subscription = await db.WebhookSubscriptions.AsTracking().SingleAsync(s => s.Id == id, cancellationToken);
        try
        {
            var turn = lease / 2 < TurnLength ? lease / 2 : TurnLength;
            await work(db, subscription, services, time.GetUtcNow() + turn, cancellationToken);
        }
        finally
        {
            // Saved also after a failure or at shutdown, so what was delivered is recorded and the lease is given back.
            subscription.LeaseOwner = null;
            subscription.LeaseUntil = null;
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            var owner = await db.WebhookSubscriptions.Where(s => s.Id == id).Select(s => s.LeaseOwner).FirstOrDefaultAsync(CancellationToken.None);
            if (owner == instance)
            {
                await db.SaveChangesAsync(CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            }
        }
    }
}
