using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// This instance's copy of every claim's binary code (see <see cref="CompactIndex"/>), loaded from the database at
/// start-up and kept in step by reading the <see cref="ClaimEmbedding"/> rows written since (by any instance) every
/// <see cref="MatchingOptions.SyncInterval"/>. The local worker also applies its own writes at once.
/// </summary>
public sealed class MatchingIndex
{
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long lastSeq;

    public CompactIndex Codes { get; } = new();

    public bool IsReady => loaded.Task.IsCompleted;

    /// <summary>Waits for the first load (tests, the backfill command).</summary>
    public Task Ready => loaded.Task;

    /// <summary>Answers 503 with Retry-After while the index is still being loaded at start-up.</summary>
    public void EnsureReady()
    {
        if (!IsReady)
        {
            throw ApiException.Busy("The claim-matching index is still loading after a restart.", retryAfter: 5);
        }
    }

    public void Apply(Guid claimId, byte[] code, Guid? speaker, long sortKey, bool active)
    {
        if (active && code.Length > 0 && code.Length % VectorCodes.CodeBytes == 0)
        {
            Codes.Upsert(claimId, VectorCodes.CodeFromBytes(code), speaker, sortKey, isActive: true);
        }
        else
        {
            Codes.Remove(claimId);
        }
    }

    /// <summary>Reads every row written after the last one seen; returns how many.</summary>
    internal async Task<int> CatchUpAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (Interlocked.Read(ref lastSeq) == 0)
        {
            // The first load sizes the arrays once, with a sixteenth to spare for the claims written after start-up: grown
            // step by step they would leave ~100 MB of discarded copies at a million claims, and grown by the first write
            // after an exact fit they would take ~130 MB more at once (measured: 353 -> 526 MB resident after 20 writes).
            var claims = await db.ClaimEmbeddings.CountAsync(e => e.Active, cancellationToken);
            var codes = (int)(await db.ClaimEmbeddings.Where(e => e.Active).SumAsync(e => (long)e.Code.Length, cancellationToken) / VectorCodes.CodeBytes);
            Codes.Reserve(claims + claims / 16 + 1024, codes + codes / 16 + 1024);
        }

        var total = 0;
        while (true)
        {
            var after = Interlocked.Read(ref lastSeq);
            var rows = await db.ClaimEmbeddings.Where(e => e.Seq > after).OrderBy(e => e.Seq).Take(10_000)
                .Select(e => new { e.ClaimId, e.Seq, e.Code, e.SpeakerId, e.SortKey, e.Active })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                Apply(row.ClaimId, row.Code, row.SpeakerId, row.SortKey, row.Active);
            }

            total += rows.Count;
            if (rows.Count == 0)
            {
                return total;
            }

            Interlocked.Exchange(ref lastSeq, rows[^1].Seq);
        }
    }

    internal void MarkLoaded() => loaded.TrySetResult();
}

/// <summary>Loads the index at start-up, then keeps reading what other instances wrote.</summary>
internal sealed class MatchingIndexSync(IServiceScopeFactory scopes, MatchingIndex index, IOptions<MatchingOptions> options,
    ILogger<MatchingIndexSync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var read = await index.CatchUpAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
                if (!index.IsReady)
                {
                    index.MarkLoaded();
                    logger.LogInformation("Claim-matching index loaded: {Count} claims in {Seconds:0.0} s.", index.Codes.Count, clock.Elapsed.TotalSeconds);
                }
                else if (read > 0)
                {
                    logger.LogDebug("Claim-matching index read {Count} new embeddings.", read);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Reading new claim embeddings failed; retrying.");
            }

            await Task.Delay(options.Value.SyncInterval, stoppingToken);
        }
    }
}
