namespace NewsroomClaims.Api.Reviews;

/// <summary>A fact check of a claim as a client writes it (create with POST on the claim, replace with PUT, or patch its fields).</summary>
public sealed class ReviewRequest
{
    /// <summary>The reviewer: an actor, usually the fact-checking organisation.</summary>
    /// <example>0195b9e4-7a10-7c3e-9f1a-2d4c6e8f0a1b</example>
    public Guid ReviewerId { get; set; }

    /// <summary>The rating on the reviewer's own scale: a value, the words for it, or both. The API derives `verdict` from it.</summary>
    public ReviewRating? Rating { get; set; }

    /// <summary>The claim as the reviewer words it (ClaimReview's `claimReviewed`); omit when it is the claim's content.</summary>
    /// <example>Says the bridge will reopen in May.</example>
    public string? ClaimReviewed { get; set; }

    /// <summary>The fact check's title.</summary>
    /// <example>No, the bridge will not reopen in May</example>
    public string? Headline { get; set; }

    /// <summary>The reviewer's conclusion in a sentence or two.</summary>
    /// <example>The ministry's own schedule puts the reopening in September at the earliest.</example>
    public string? Summary { get; set; }

    /// <summary>Where the fact check is published (absolute http or https URL).</summary>
    /// <example>https://factcheck.example/2025/05/bridge-reopening</example>
    public string? Url { get; set; }

    /// <summary>The day the fact check was published (ISO 8601 date).</summary>
    /// <example>2025-05-02</example>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The fact check's language, a BCP 47 tag such as `en` or `es-AR`.</summary>
    /// <example>en</example>
    public string? Language { get; set; }
}

/// <summary>
/// A rating as schema.org's `Rating` has it: `ratingValue` on the reviewer's scale from `worstRating` to `bestRating`
/// (schema.org assumes 1 and 5 when they are omitted) and `alternateName`, the reviewer's words for it ("Mostly false",
/// "Pants on Fire!"). At least one of `ratingValue` and `alternateName` is required.
/// </summary>
/// <param name="RatingValue">The value on the reviewer's scale.</param>
/// <param name="BestRating">The best value of the scale (PolitiFact: 6).</param>
/// <param name="WorstRating">The worst value of the scale (PolitiFact: 1).</param>
/// <param name="AlternateName">The reviewer's words for the rating.</param>
public sealed record ReviewRating(decimal? RatingValue = null, decimal? BestRating = null, decimal? WorstRating = null, string? AlternateName = null);
