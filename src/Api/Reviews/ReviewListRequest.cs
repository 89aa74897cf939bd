using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews;

/// <summary>Filters for review lists, ordered by publication day (else when recorded); `from`/`to` bound the publication day.</summary>
public sealed class ReviewListRequest : DatedPageRequest
{
    /// <summary>Only reviews by this reviewer (an actor id).</summary>
    public Guid? Reviewer { get; set; }

    /// <summary>Only reviews with this verdict.</summary>
    public Verdict? Verdict { get; set; }

    /// <summary>Only reviews of this claim.</summary>
    public Guid? Claim { get; set; }

    /// <summary>Only reviews written through the API (person) or imported from ClaimReview markup (import).</summary>
    public ReviewOrigin? Origin { get; set; }
}
