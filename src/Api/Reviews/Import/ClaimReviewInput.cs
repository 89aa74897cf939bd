using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>One ClaimReview read from markup, at <paramref name="Path"/> in the request body.</summary>
public sealed record ClaimReviewInput(
    string Path,
    ActorInput Reviewer,
    ReviewedClaimInput Claim,
    Rating Rating,
    string ClaimReviewed,
    string Url,
    string? Headline,
    string? Summary,
    DateOnly? PublishedOn,
    string? Language);

/// <summary>An actor named by markup: the reviewer, or the claim's author.</summary>
public sealed record ActorInput(string Name, ActorKind Kind, string? WikidataId);

/// <summary>
/// The claim a ClaimReview reviews (its <c>itemReviewed</c>): its words, its author, when and where it appeared, and
/// every URL that may name a claim this API stores (<c>@id</c>, <c>url</c>, <c>sameAs</c>).
/// </summary>
public sealed record ReviewedClaimInput(string Text, ActorInput? Speaker, ApproximateDate? SaidOn, AppearanceInput? Appearance, IReadOnlyList<string> Urls);

/// <summary>Where the claim appeared: a URL, with the work's headline, date and language when the markup gives them.</summary>
public sealed record AppearanceInput(string Url, string? Headline, DateTime? PublishedAt, string? Language);
