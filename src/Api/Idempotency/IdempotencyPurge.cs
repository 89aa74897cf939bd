using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Idempotency;

/// <summary>
/// Deletes expired idempotency records once an hour. Expiry itself does not wait for this: the filter ignores and
/// replaces an expired record under its key's lock, so the purge only keeps the table small. Several instances
/// purging at once delete the same rows harmlessly.
/// </summary>
internal sealed class IdempotencyPurge(IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider time, ILogger<IdempotencyPurge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
                var purged = await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged {Count} expired idempotency records.", purged);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A busy or briefly unreachable database must not stop the host; the next tick tries again.
                logger.LogWarning(exception, "Purging expired idempotency records failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
