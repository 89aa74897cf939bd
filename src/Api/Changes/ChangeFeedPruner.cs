using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Changes;

/// <summary>
/// Moves the feed's retention window on (<see cref="ChangeFeedState.Floor"/>): changes made longer ago than
/// <see cref="ChangeFeedOptions.Retention"/> are no longer replayed. The revisions themselves are the history and stay.
/// Several instances pruning at once compute the same floor, and the floor only ever rises.
/// </summary>
public sealed class ChangeFeedPruner(IServiceScopeFactory scopes, IOptions<ChangeFeedOptions> options, TimeProvider time, ILogger<ChangeFeedPruner> logger)
    : BackgroundService
{
    /// <summary>Moves the floor to the first change inside the retention window; returns the floor.</summary>
    public async Task<long> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.Retention;
        var floor = await db.ChangeFeedState.Where(s => s.Id == ChangeFeedState.SingleId).Select(s => s.Floor).FirstAsync(cancellationToken);

        // Walks the sequence index up from the current floor to the first change young enough to keep.
        var kept = await db.Revisions.Where(r => r.Sequence >= floor && r.At >= cutoff).MinAsync(r => r.Sequence, cancellationToken);
        var next = kept ?? (await db.Revisions.MaxAsync(r => r.Sequence, cancellationToken) ?? 0) + 1;
        if (next > floor)
        {
            await db.ChangeFeedState.Where(s => s.Floor < next)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Floor, next).SetProperty(s => s.PrunedAt, now), cancellationToken);
            logger.LogInformation("The change feed now starts at {Floor} (retention {Retention}).", next, options.Value.Retention);
            return next;
        }

        return floor;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        do
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A busy or briefly unreachable database must not stop the host; the next tick tries again.
                logger.LogWarning(exception, "Moving the change feed's retention window failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
