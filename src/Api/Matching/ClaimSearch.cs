using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>A claim and its cosine similarity with the query.</summary>
public sealed record ScoredClaim(Guid ClaimId, float Score);

/// <summary>
/// The search every matching feature shares: the in-memory binary codes propose candidates (Hamming distance, the
/// filter applied during the scan), then each candidate's int8 vector is read from the database and scored exactly
/// against the query, and the filter is checked again on the claims table, so a claim changed since this instance last
/// synced is judged by what it is now. Runs inside the caller's transaction when there is one (the worker's grouping
/// sees the embeddings it has just written).
/// </summary>
public sealed class ClaimSearch(AppDbContext db, MatchingIndex index, IOptions<MatchingOptions> options)
{
    /// <summary>Up to <paramref name="depth"/> claims scoring at least <paramref name="minScore"/>, best first (ties by id).</summary>
    /// <remarks>A claim's score is the best cosine between any part of the query and any part of the claim (whole or sentence).</remarks>
    public async Task<List<ScoredClaim>> NearestAsync(IReadOnlyList<float[]> query, IndexFilter filter, double minScore, int depth, CancellationToken cancellationToken)
    {
        var candidates = index.Codes.Nearest(VectorCodes.Codes(query), filter, Math.Max(options.Value.Candidates, depth * 2)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var rows = from e in db.ClaimEmbeddings
                   join c in db.Claims on e.ClaimId equals c.Id
                   where candidates.Contains(e.ClaimId) && e.Active && c.RetractedAt == null
                   select new { e.ClaimId, e.Vector, c.SpeakerId, c.SortKey };
        if (filter.Speaker is { } speaker)
        {
            rows = rows.Where(r => r.SpeakerId == speaker);
        }

        if (filter.FromKey is { } from)
        {
            rows = rows.Where(r => r.SortKey >= from);
        }

        if (filter.ToKeyExclusive is { } to)
        {
            rows = rows.Where(r => r.SortKey < to);
        }

        var scored = new List<ScoredClaim>(candidates.Count);
        foreach (var row in await rows.Select(r => new { r.ClaimId, r.Vector }).ToListAsync(cancellationToken))
        {
            var score = VectorCodes.BestCosine(query, row.Vector);
            if (score >= minScore && row.ClaimId != filter.Exclude)
            {
                scored.Add(new ScoredClaim(row.ClaimId, score));
            }
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.ClaimId.CompareTo(b.ClaimId));
        return scored.Count > depth ? scored[..depth] : scored;
    }
}
