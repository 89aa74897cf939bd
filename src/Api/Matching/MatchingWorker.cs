using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// Drains the matching queue: woken after each commit that queued jobs (see <see cref="MatchingSignal"/>), else every
/// <see cref="MatchingOptions.PollInterval"/> for jobs other instances queued. At start-up it first queues any claim
/// that has no embedding, or one from another model, and no job: claims written by a tool that bypassed the API, or
/// before this feature. Several instances can run it side by side.
/// </summary>
internal sealed class MatchingWorker(IServiceScopeFactory scopes, MatchingIndex index, MatchingSignal signal, WriteActivity writes,
    IOptions<MatchingOptions> options, ILogger<MatchingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await index.Ready.WaitAsync(stoppingToken);
        await RunSafelyAsync(async services =>
        {
            var queued = await MatchingSweep.QueueUnembeddedAsync(services, stoppingToken);
            if (queued > 0)
            {
                logger.LogInformation("Queued {Count} claims without a current embedding.", queued);
            }

            return queued;
        }, stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            await writes.WaitForLullAsync(options.Value.YieldToWritesFor, stoppingToken);
            var processed = await RunSafelyAsync(services => services.GetRequiredService<MatchingProcessor>().ProcessBatchAsync(stoppingToken), stoppingToken);
            if (processed == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<int> RunSafelyAsync(Func<IServiceProvider, Task<int>> work, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A busy or briefly unreachable database must not stop the host; the jobs stay queued.
            logger.LogWarning(exception, "The matching worker failed; retrying.");
            await Task.Delay(options.Value.PollInterval, stoppingToken);
            return 0;
        }
    }
}

/// <summary>Finds claims the queue does not know need an embedding.</summary>
internal static class MatchingSweep
{
    private const int BatchSize = 5_000;

    /// <summary>Queues every claim without an embedding by the current model and without a job; returns how many.</summary>
    public static async Task<int> QueueUnembeddedAsync(IServiceProvider services, CancellationToken cancellationToken, bool all = false)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var queue = services.GetRequiredService<WriteQueue>();
        var total = 0;
        var after = Guid.Empty;
        while (true)
        {
            var from = after;
            var ids = await db.Claims.Where(c => c.Id.CompareTo(from) > 0)
                .Where(c => all || !db.ClaimEmbeddings.Any(e => e.ClaimId == c.Id && e.Model == SentenceEmbedder.ModelName))
                .Where(c => !db.MatchingJobs.Any(j => j.ClaimId == c.Id))
                .OrderBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            if (all)
            {
                // A recomputation must embed again: forget the content hashes, so every claim counts as changed.
                using (await queue.EnterAsync(cancellationToken))
                {
                    await db.ClaimEmbeddings.Where(e => ids.Contains(e.ClaimId)).ExecuteUpdateAsync(set => set.SetProperty(e => e.ContentHash, Array.Empty<byte>()), cancellationToken);
                }
            }

            using (await queue.EnterAsync(cancellationToken))
            {
                db.MatchingJobs.AddRange(ids.Select(id => new MatchingJob { ClaimId = id }));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            total += ids.Count;
            after = ids[^1];
        }
    }
}
