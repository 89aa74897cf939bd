using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Claims;

/// <summary>Filters for claim lists, ordered by when the claim was made (else the article's date).</summary>
public sealed class ClaimListRequest : DatedPageRequest
{
    /// <summary>Only claims this actor made.</summary>
    public Guid? Speaker { get; set; }

    /// <summary>Only claims this actor passed on (anywhere in the chain, the speaker included).</summary>
    public Guid? ReportedBy { get; set; }

    /// <summary>Only claims about this actor.</summary>
    public Guid? Mentions { get; set; }

    /// <summary>Only claims in this article.</summary>
    public Guid? Article { get; set; }

    /// <summary>Only claims in articles by this publisher.</summary>
    public Guid? Publisher { get; set; }

    /// <summary>Only claims of this kind.</summary>
    public ClaimKind? Kind { get; set; }

    /// <summary>Only claims with this cue (any case), e.g. "warned".</summary>
    public string? Cue { get; set; }

    /// <summary>Only claims with this topic.</summary>
    public string? Topic { get; set; }

    /// <summary>Only claims made by a person, by the extraction engine, or by the ClaimReview importer.</summary>
    public ClaimOrigin? Origin { get; set; }

    /// <summary>Only claims that a review rated so (any of their reviews): false, misleading, mixed, mostly-true, true or unrated.</summary>
    public Verdict? Verdict { get; set; }

    /// <summary>true: only claims someone reviewed; false: only claims no one reviewed; omitted: both.</summary>
    public bool? Reviewed { get; set; }

    /// <summary>true: only retracted claims; false: leave retracted claims out; omitted: both.</summary>
    public bool? Retracted { get; set; }

    /// <summary>Only claims whose content or quote contains this text (any case).</summary>
    public string? Q { get; set; }
}
