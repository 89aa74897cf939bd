namespace NewsroomClaims.Domain.Reviews;

/// <summary>What a review says, as whoever records it hands it over: plain values, checked by <see cref="Review"/>.</summary>
/// <param name="ReviewerId">The actor (usually an organisation) that reviewed the claim.</param>
/// <param name="Rating">The rating on the reviewer's scale.</param>
/// <param name="ClaimReviewed">The claim as the reviewer words it (schema.org <c>claimReviewed</c>), when it differs from the claim's content.</param>
/// <param name="Headline">The title of the fact check.</param>
/// <param name="Summary">The reviewer's conclusion in a few sentences.</param>
/// <param name="Url">Where the fact check is published.</param>
/// <param name="PublishedOn">The day the fact check was published.</param>
/// <param name="Language">BCP 47 tag of the fact check's language.</param>
public sealed record ReviewDraft(
    Guid ReviewerId,
    Rating Rating,
    string? ClaimReviewed = null,
    string? Headline = null,
    string? Summary = null,
    string? Url = null,
    DateOnly? PublishedOn = null,
    string? Language = null);

/// <summary>Who made the record: a person through the API, or the ClaimReview importer.</summary>
public enum ReviewOrigin
{
    Person,
    Import,
}

/// <summary>A change that would break one of a review's rules (400).</summary>
public sealed class ReviewRuleException(string message) : Exception(message);
