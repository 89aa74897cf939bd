using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews;

public sealed record CreateReview(Guid ClaimId, ReviewRequest Values);

public sealed record ReplaceReview(Guid Id, ReviewRequest Values, ExpectedVersion Expected);

public sealed record PatchReview(Guid Id, JsonElement Patch, ExpectedVersion Expected);

public sealed record DeleteReview(Guid Id, ExpectedVersion Expected);

/// <summary>
/// The review writes: plain commands, the domain <see cref="Review"/> keeping the rating valid and the verdict derived,
/// one SaveChanges each inside the request's write transaction. The claim's stored document picks up the change in the
/// same SaveChanges (<see cref="Claims.ClaimDocumentInterceptor"/>), and the history records it (revision interceptor).
/// </summary>
public sealed class ReviewWriter(AppDbContext db, RequestValidation validation)
{
    /// <summary>Records a review of a claim; <paramref name="command"/>'s values were validated where they were bound.</summary>
    public async Task<Review> CreateAsync(CreateReview command, CancellationToken cancellationToken)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == command.ClaimId, cancellationToken))
        {
            throw ApiException.NotFound("Claim", command.ClaimId);
        }

        var review = Review.Create(command.ClaimId, ToDraft(command.Values));
        db.Reviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    public Task<Review> ReplaceAsync(ReplaceReview command, CancellationToken cancellationToken) =>
        ReviseAsync(command.Id, command.Expected, _ => command.Values, cancellationToken);

    public Task<Review> PatchAsync(PatchReview command, CancellationToken cancellationToken) =>
        ReviseAsync(command.Id, command.Expected, current => MergePatch.Apply(ToRequest(current), command.Patch), cancellationToken);

    public async Task DeleteAsync(DeleteReview command, CancellationToken cancellationToken)
    {
        var review = await LoadAsync(command.Id, cancellationToken);
        command.Expected.Check(review);
        db.Reviews.Remove(review);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The review's current state as a request, so a merge patch goes through the same validation PUT does.</summary>
    public static ReviewRequest ToRequest(Review review) => new()
    {
        ReviewerId = review.ReviewerId,
        Rating = new ReviewRating(review.RatingValue, review.BestRating, review.WorstRating, review.RatingText),
        ClaimReviewed = review.ClaimReviewed,
        Headline = review.Headline,
        Summary = review.Summary,
        Url = review.Url,
        PublishedOn = review.PublishedOn,
        Language = review.Language,
    };

    /// <summary>The values as the domain takes them; validation has checked that the rating is there.</summary>
    public static ReviewDraft ToDraft(ReviewRequest values)
    {
        var rating = values.Rating ?? new ReviewRating();
        return new ReviewDraft(
            values.ReviewerId,
            new Rating(rating.RatingValue, rating.BestRating, rating.WorstRating, rating.AlternateName),
            values.ClaimReviewed,
            values.Headline,
            values.Summary,
            values.Url,
            values.PublishedOn,
            values.Language);
    }

    private async Task<Review> ReviseAsync(Guid id, ExpectedVersion expected, Func<Review, ReviewRequest> change, CancellationToken cancellationToken)
    {
        var review = await LoadAsync(id, cancellationToken);
        expected.Check(review);
        var values = change(review);
        await validation.ValidateAsync(values, cancellationToken);
        review.Revise(ToDraft(values));
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    private async Task<Review> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Reviews.AsTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw ApiException.NotFound("Review", id);
}
