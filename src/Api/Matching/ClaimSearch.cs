using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>A claim and its cosine similarity with the query.</summary>
public sealed record ScoredClaim(Guid ClaimId, float Score);

/// <summary>
/// The search every matching feature shares: the in-memory binary codes propose candidates (a Hamming scan with the
/// filter applied, its shortlist re-ranked against the query's floats), then each candidate's int8 vector is read from
/// the database by primary key and scored exactly against the query. The claims that make the cut are then checked
/// against the claims table, so a claim changed since this instance last synced is judged by what it is now; checking
/// only those (a page's worth, not every candidate) keeps the second lookup small. Runs inside the caller's
/// transaction when there is one (the worker's grouping sees the embeddings it has just written).
/// </summary>
public sealed class ClaimSearch(AppDbContext db, MatchingIndex index, IOptions<MatchingOptions> options)
{
    /// <summary>Up to <paramref name="depth"/> claims scoring at least <paramref name="minScore"/>, best first (ties by id).</summary>
    /// <remarks>A claim's score is the best cosine between any part of the query and any part of the claim (whole or sentence).</remarks>
    public async Task<List<ScoredClaim>> NearestAsync(IReadOnlyList<float[]> query, IndexFilter filter, double minScore, int depth, CancellationToken cancellationToken)
    {
        var candidates = index.Codes.Nearest(query, filter, Math.Max(options.Value.Candidates, depth * 2), options.Value.Shortlist).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var rows = db.ClaimEmbeddings.Where(e => candidates.Contains(e.ClaimId) && e.Active);
        rows = Filtered(rows, filter);
        var scored = new List<ScoredClaim>(candidates.Count);
        foreach (var row in await rows.Select(e => new { e.ClaimId, e.Vector }).ToListAsync(cancellationToken))
        {
            var score = VectorCodes.BestCosine(query, row.Vector);
            if (score >= minScore && row.ClaimId != filter.Exclude)
            {
                scored.Add(new ScoredClaim(row.ClaimId, score));
            }
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.ClaimId.CompareTo(b.ClaimId));
        // A page's worth at a time: one query unless claims were retracted or moved since the index last saw them.
        var confirmed = new List<ScoredClaim>(Math.Min(depth, scored.Count));
        for (var at = 0; at < scored.Count && confirmed.Count < depth; at += depth)
        {
            var batch = scored.Skip(at).Take(depth).ToList();
            var ids = batch.ConvertAll(s => s.ClaimId);
            var current = Filtered(db.Claims.Where(c => ids.Contains(c.Id) && c.RetractedAt == null), filter);
            var kept = (await current.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
            confirmed.AddRange(batch.Where(s => kept.Contains(s.ClaimId)).Take(depth - confirmed.Count));
        }

        return confirmed;
    }

    private static IQueryable<ClaimEmbedding> Filtered(IQueryable<ClaimEmbedding> rows, IndexFilter filter)
    {
        if (filter.Speaker is { } speaker)
        {
            rows = rows.Where(e => e.SpeakerId == speaker);
        }

        if (filter.FromKey is { } from)
        {
            rows = rows.Where(e => e.SortKey >= from);
        }

        return filter.ToKeyExclusive is { } to ? rows.Where(e => e.SortKey < to) : rows;
    }

    private static IQueryable<Claim> Filtered(IQueryable<Claim> rows, IndexFilter filter)
    {
        if (filter.Speaker is { } speaker)
        {
            rows = rows.Where(c => c.SpeakerId == speaker);
        }

        if (filter.FromKey is { } from)
        {
            rows = rows.Where(c => c.SortKey >= from);
        }

        return filter.ToKeyExclusive is { } to ? rows.Where(c => c.SortKey < to) : rows;
    }
}
