using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>
/// Delivers the change feed to every enabled subscription, each from its cursor, in order, at least once. A commit in
/// this process wakes it at once; commits through other instances are found at the next poll
/// (<see cref="ChangeFeedOptions.PollInterval"/>). Each subscription is worked on by one instance at a time
/// (<see cref="SubscriptionTurns"/>), so no change is ever sent to the same subscription twice at once.
/// </summary>
public sealed class WebhookWorker(
    IServiceScopeFactory scopes, ChangeSignal signal, SubscriptionTurns turns, IOptions<WebhookOptions> options,
    IOptions<ChangeFeedOptions> feedOptions, TimeProvider time, ILogger<WebhookWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// At most this often a look for work. Under a stream of commits the worker would otherwise look once per commit
    /// and deliver a few changes per turn, and every turn costs its own transaction and queries, which take CPU and
    /// connections from the writers; waiting this long lets a turn deliver what gathered meanwhile, at the cost of
    /// this much more lag.
    /// </summary>
    private static readonly TimeSpan MinRound = TimeSpan.FromMilliseconds(100);
    private readonly ConcurrentDictionary<Guid, Task> running = new();

    /// <summary>A turn stopped with changes left over (a full batch, or its time ran out): the next round starts at once.</summary>
    private volatile bool behind;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var purged = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before looking, so a commit made while this instance looks still wakes the next round.
            var committed = signal.Next;
            try
            {
                foreach (var id in await DueAsync(stoppingToken))
                {
                    if (running.Count < options.Value.Concurrency && !running.ContainsKey(id))
                    {
                        running[id] = TurnAsync(id, stoppingToken);
                    }
                }

                if (time.GetUtcNow() - purged > PurgeInterval)
                {
                    await PurgeAsync(stoppingToken);
                    purged = time.GetUtcNow();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A busy or briefly unreachable database must not stop deliveries for good; the next round tries again.
                logger.LogWarning(exception, "Looking for webhook deliveries to make failed.");
            }

            var finished = running.IsEmpty ? Task.Delay(Timeout.Infinite, stoppingToken) : Task.WhenAny(running.Values);
            try
            {
                await Task.WhenAny(committed, finished, Task.Delay(feedOptions.Value.PollInterval, stoppingToken));
                if (!behind)
                {
                    await Task.Delay(MinRound, stoppingToken);
                }

                behind = false;
            }
            catch (OperationCanceledException)
            {
            }
        }

        await Task.WhenAll(running.Values);
    }

    /// <summary>Enabled subscriptions whose backoff is over and that have changes or redeliveries waiting.</summary>
    private async Task<List<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var head = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().HeadAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.WebhookSubscriptions
            .Where(s => s.Enabled && s.NextAttemptAt <= now)
            .Where(s => s.Cursor < head || db.WebhookDeliveries.Any(d => d.SubscriptionId == s.Id && d.Status == DeliveryStatus.Pending))
            .OrderBy(s => s.NextAttemptAt)
            .Select(s => s.Id)
            .Take(64)
            .ToListAsync(cancellationToken);
    }

    private async Task TurnAsync(Guid id, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await turns.RunAsync(id, DeliverAsync, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Delivering webhooks for subscription {Subscription} failed; it is tried again.", id);
        }
        finally
        {
            running.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// One turn for one subscription, while this instance holds it: the redeliveries asked for, then the feed from the
    /// cursor, change by change, until the batch or the turn's time is spent or a change cannot be delivered.
    /// </summary>
    private async Task DeliverAsync(AppDbContext db, WebhookSubscription subscription, IServiceProvider services, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var feed = services.GetRequiredService<ChangeFeed>();
        var deliverer = services.GetRequiredService<WebhookDeliverer>();
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;

        var redeliveries = await db.WebhookDeliveries.AsTracking()
            .Where(d => d.SubscriptionId == subscription.Id && d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        foreach (var pending in redeliveries)
        {
            if (await feed.FindAsync(pending.ChangeId, cancellationToken) is { } change)
            {
                await deliverer.RedeliverAsync(subscription, WebhookMessage.From(change, json), pending, cancellationToken);
            }
            else
            {
                pending.Status = DeliveryStatus.Failed;
                pending.Error = "The change is no longer stored.";
                pending.At = time.GetUtcNow().UtcDateTime;
            }
        }

        var read = await feed.ReadAsync(subscription.Cursor, subscription.Filter, options.Value.BatchSize, cancellationToken);
        foreach (var change in read.Changes)
        {
            if (time.GetUtcNow() > deadline)
            {
                behind = true;
                return;
            }

            var (delivered, attempts) = await deliverer.DeliverAsync(subscription, WebhookMessage.From(change, json), cancellationToken);
            db.WebhookDeliveries.AddRange(attempts);
            if (!delivered)
            {
                Failed(subscription, attempts.Count, attempts[^1].Error);
                return;
            }

            subscription.Cursor = change.Sequence;
            subscription.ConsecutiveFailures = 0;
        }

        // Everything up to where the read stopped is delivered or did not match the filters.
        subscription.Cursor = Math.Max(subscription.Cursor, read.Next);
        behind |= read.HasMore || redeliveries.Count == options.Value.BatchSize;
    }

    private void Failed(WebhookSubscription subscription, int attempts, string? error)
    {
        subscription.ConsecutiveFailures += attempts;
        if (subscription.ConsecutiveFailures >= options.Value.DisableAfterFailures)
        {
            subscription.Enabled = false;
            subscription.DisabledReason = $"Disabled after {subscription.ConsecutiveFailures} failed attempts in a row; the last: {error}";
            logger.LogWarning("Webhook subscription {Subscription} disabled after {Failures} failed attempts.", subscription.Id, subscription.ConsecutiveFailures);
            return;
        }

        var rounds = Math.Max(1, subscription.ConsecutiveFailures / (options.Value.ImmediateRetries + 1));
        var delay = options.Value.Backoff * Math.Pow(2, Math.Min(rounds - 1, 30));
        delay = delay > options.Value.MaxBackoff ? options.Value.MaxBackoff : delay;
        delay *= 0.8 + (Random.Shared.NextDouble() * 0.4);
        subscription.NextAttemptAt = time.GetUtcNow().UtcDateTime + delay;
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.DeliveryRetention;
        var purged = await db.WebhookDeliveries.Where(d => d.At < cutoff && d.Status != DeliveryStatus.Pending).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} webhook delivery records older than {Retention}.", purged, options.Value.DeliveryRetention);
        }
    }
}
