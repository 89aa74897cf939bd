using NewsroomClaims.Api.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews;

/// <summary>A fact check of a claim, as stored.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="ClaimId">The claim it reviews.</param>
/// <param name="Reviewer">Who reviewed it.</param>
/// <param name="Rating">The rating on the reviewer's scale.</param>
/// <param name="Verdict">The rating on the API's own scale, for filtering: false, misleading, mixed, mostly-true, true, or unrated (the rating says nothing about truth, or nothing the API can read).</param>
/// <param name="ClaimReviewed">The claim as the reviewer words it; null when it is the claim's content.</param>
/// <param name="Headline">The fact check's title.</param>
/// <param name="Summary">The reviewer's conclusion.</param>
/// <param name="Url">Where the fact check is published.</param>
/// <param name="PublishedOn">The day it was published.</param>
/// <param name="Language">Its language (BCP 47).</param>
/// <param name="Origin">person when written through the API, import when it came from ClaimReview markup (until a person edits it).</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record ReviewResponse(
    Guid Id,
    Guid ClaimId,
    ActorRef Reviewer,
    ReviewRating Rating,
    Verdict Verdict,
    string? ClaimReviewed,
    string? Headline,
    string? Summary,
    string? Url,
    DateOnly? PublishedOn,
    string? Language,
    ReviewOrigin Origin,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>The reviews of a claim, as its response carries them.</summary>
/// <param name="Count">How many reviews the claim has.</param>
/// <param name="Verdicts">Each verdict its reviews reached, from false to true (unrated last).</param>
/// <param name="Items">The newest reviews, up to 20, newest first.</param>
public sealed record ReviewsSummary(int Count, IReadOnlyList<Verdict> Verdicts, IReadOnlyList<ReviewBrief> Items);

/// <summary>One review in a claim's summary.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="Reviewer">Who reviewed the claim.</param>
/// <param name="Verdict">The API's verdict.</param>
/// <param name="RatingText">The reviewer's words for the rating (`alternateName`).</param>
/// <param name="Url">Where the fact check is published.</param>
/// <param name="PublishedOn">The day it was published.</param>
public sealed record ReviewBrief(Guid Id, ActorRef Reviewer, Verdict Verdict, string? RatingText, string? Url, DateOnly? PublishedOn);
