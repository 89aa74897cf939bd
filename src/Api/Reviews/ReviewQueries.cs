using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews;

/// <summary>The review reads: one review, and the lists under /reviews and /claims/{id}/reviews.</summary>
public sealed class ReviewQueries(AppDbContext db)
{
    public async Task<Review> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Reviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw ApiException.NotFound("Review", id);

    /// <summary>404 unless the claim exists.</summary>
    public async Task EnsureClaimAsync(Guid claimId, CancellationToken cancellationToken)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, cancellationToken))
        {
            throw ApiException.NotFound("Claim", claimId);
        }
    }

    public async Task<ReviewResponse> DescribeAsync(Review review, CancellationToken cancellationToken)
    {
        var name = await db.Actors.Where(a => a.Id == review.ReviewerId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return ToResponse(review, name);
    }

    public async Task<Page<ReviewResponse>> ListAsync(ReviewListRequest request, HttpRequest http, CancellationToken cancellationToken)
    {
        var query = db.Reviews.AsQueryable();
        if (request.Claim is { } claim)
        {
            query = query.Where(r => r.ClaimId == claim);
        }

        if (request.Reviewer is { } reviewer)
        {
            query = query.Where(r => r.ReviewerId == reviewer);
        }

        if (request.Verdict is { } verdict)
        {
            query = query.Where(r => r.Verdict == verdict);
        }

        if (request.Origin is { } origin)
        {
            query = query.Where(r => r.Origin == origin);
        }

        var reviews = await query.PageBy(request).ToListAsync(cancellationToken);
        var names = await NamesAsync(reviews.Select(r => r.ReviewerId), cancellationToken);
        return http.ToPage(reviews, request.PageSize, Keyset.CursorOf, r => ToResponse(r, names.GetValueOrDefault(r.ReviewerId, "")));
    }

    public static ReviewResponse ToResponse(Review review, string reviewerName) => new(
        review.Id,
        review.ClaimId,
        new ActorRef(review.ReviewerId, reviewerName),
        new ReviewRating(Plain(review.RatingValue), Plain(review.BestRating), Plain(review.WorstRating), review.RatingText),
        review.Verdict,
        review.ClaimReviewed,
        review.Headline,
        review.Summary,
        review.Url,
        review.PublishedOn,
        review.Language,
        review.Origin,
        review.CreatedAt,
        review.UpdatedAt);

    /// <summary>The number without the trailing zeros of its stored scale: 3, not 3.000000.</summary>
    private static decimal? Plain(decimal? value) => value / 1.0000000000000000000000000000m;

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Actors.Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }
}
