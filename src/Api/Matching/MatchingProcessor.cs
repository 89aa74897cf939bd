using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// Works off one batch of the queue: reads the jobs and their claims, embeds the claims whose words changed (outside
/// any transaction and, on SQLite, outside the write queue, since that is the slow part), then in one transaction
/// stores the embeddings, places the claims in statements and deletes the jobs. A crash anywhere leaves the jobs for
/// the next try. Workers of several instances serialise their write phase on one lock, which also makes
/// <see cref="ClaimEmbedding.Seq"/> grow in commit order.
/// </summary>
internal sealed class MatchingProcessor(AppDbContext db, ClaimEmbedder embedder, MatchingIndex index, StatementGrouping grouping,
    WriteQueue queue, IOutputCacheStore cache, IOptions<MatchingOptions> options, ILogger<MatchingProcessor> logger)
{
    public const string LockKey = "claim-matching";

    /// <summary>
    /// Jobs taken (0 when the queue is empty). The server takes <see cref="MatchingOptions.BatchSize"/> jobs and one
    /// thread; the backfill command more of both.
    /// </summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken, int? batchSize = null, int threads = 1)
    {
        var now = Entity.Now();
        var jobs = await db.MatchingJobs.Where(j => j.NotBefore <= now).OrderBy(j => j.Id).Take(batchSize ?? options.Value.BatchSize).ToListAsync(cancellationToken);
        if (jobs.Count == 0)
        {
            return 0;
        }

        var ids = jobs.Select(j => j.ClaimId).Distinct().ToList();
        var claims = await db.Claims.Where(c => ids.Contains(c.Id))
            .Select(c => new ClaimFacts(c.Id, c.Content, c.SpeakerId, c.SortKey, c.RetractedAt != null,
                EF.Property<Guid?>(c, StatementColumns.StatementId), EF.Property<bool>(c, StatementColumns.Pinned)))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var stored = await db.ClaimEmbeddings.Where(e => ids.Contains(e.ClaimId))
            .Select(e => new { e.ClaimId, e.Model, e.ContentHash, e.Vector }).ToDictionaryAsync(e => e.ClaimId, cancellationToken);
        var stale = claims.Values.Where(c => !stored.TryGetValue(c.Id, out var s) || s.Model != SentenceEmbedder.ModelName
            || !s.ContentHash.AsSpan().SequenceEqual(ClaimEmbedder.ContentHash(c.Content))).ToList();
        var embedded = embedder.EmbedParts(stale.ConvertAll(c => c.Content), options.Value.BatchSize, threads);
        var vectors = stale.Select((c, i) => (c.Id, Parts: embedded[i])).ToDictionary(x => x.Id, x => x.Parts);
        foreach (var (id, row) in stored)
        {
            vectors.TryAdd(id, VectorCodes.Unpack(row.Vector));
        }

        try
        {
            using (await queue.EnterAsync(cancellationToken))
            {
                var strategy = db.Database.CreateExecutionStrategy();
                await strategy.ExecuteAsync(() => WriteAsync(jobs, claims, vectors, stale.Select(c => c.Id).ToHashSet(), cancellationToken));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning(exception, "Matching {Count} claims failed; their jobs wait and are tried again.", ids.Count);
            await PostponeAsync(jobs, cancellationToken);
        }

        db.ChangeTracker.Clear();
        return jobs.Count;
    }

    private async Task WriteAsync(List<MatchingJob> jobs, Dictionary<Guid, ClaimFacts> claims, Dictionary<Guid, float[][]> vectors,
        HashSet<Guid> reembedded, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(LockKey, cancellationToken);

        // Another instance may have done some of these jobs while this one embedded.
        var jobIds = jobs.ConvertAll(j => j.Id);
        var present = (await db.MatchingJobs.Where(j => jobIds.Contains(j.Id)).Select(j => j.Id).ToListAsync(cancellationToken)).ToHashSet();
        var taken = jobs.Where(j => present.Contains(j.Id)).ToList();
        var claimIds = taken.Select(j => j.ClaimId).Distinct().ToList();
        var seq = await db.ClaimEmbeddings.MaxAsync(e => (long?)e.Seq, cancellationToken) ?? 0;
        var rows = await db.ClaimEmbeddings.AsTracking().Where(e => claimIds.Contains(e.ClaimId)).ToDictionaryAsync(e => e.ClaimId, cancellationToken);
        var now = Entity.Now();
        foreach (var id in claimIds)
        {
            rows.TryGetValue(id, out var row);
            if (!claims.TryGetValue(id, out var claim))
            {
                if (row is not null)
                {
                    row.Active = false;
                    row.Seq = ++seq;
                }

                index.Codes.Remove(id);
                continue;
            }

            if (row is null)
            {
                row = new ClaimEmbedding { ClaimId = id };
                db.ClaimEmbeddings.Add(row);
            }

            if (reembedded.Contains(id))
            {
                row.Model = SentenceEmbedder.ModelName;
                row.ContentHash = ClaimEmbedder.ContentHash(claim.Content);
                (row.Code, row.Vector) = VectorCodes.Pack(vectors[id]);
                row.EmbeddedAt = now;
            }

            row.SpeakerId = claim.SpeakerId;
            row.SortKey = claim.SortKey;
            row.Active = !claim.Retracted;
            row.Seq = ++seq;
            index.Apply(id, row.Code, row.SpeakerId, row.SortKey, row.Active);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var job in taken.Where(j => !claims.ContainsKey(j.ClaimId)))
        {
            grouping.Deleted(job.StatementId);
        }

        foreach (var claim in claimIds.Where(claims.ContainsKey).Select(id => claims[id]).OrderBy(c => c.SortKey).ThenBy(c => c.Id))
        {
            await grouping.PlaceAsync(claim, vectors[claim.Id], cancellationToken);
        }

        await grouping.FinishAsync(cancellationToken);
        await db.MatchingJobs.Where(j => jobIds.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The grouping rewrote claims' documents (statementId, firstAppearance) after their write's answer had dropped the
        // read cache: drop it again, or a claim read in between keeps answering without its statement until it expires.
        await cache.EvictByTagAsync(ReadCaching.Tag, default);
    }

    /// <summary>A failed batch's jobs wait 2, 4, 8 ... up to 300 seconds before they are taken again.</summary>
    private async Task PostponeAsync(List<MatchingJob> jobs, CancellationToken cancellationToken)
    {
        try
        {
            using (await queue.EnterAsync(cancellationToken))
            {
                foreach (var job in jobs)
                {
                    var wait = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, job.Attempts + 1)));
                    await db.MatchingJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(set => set
                        .SetProperty(j => j.Attempts, job.Attempts + 1)
                        .SetProperty(j => j.NotBefore, Entity.Now() + wait), cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Postponing failed matching jobs failed; they are tried again as they are.");
        }
    }
}
