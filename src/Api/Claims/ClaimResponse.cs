using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>A claim as stored, with its full attribution chain.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="ArticleId">The article it appears in.</param>
/// <param name="Content">What was said.</param>
/// <param name="Quote">The exact quoted words, if quoted.</param>
/// <param name="Kind">direct, indirect or mixed.</param>
/// <param name="Cue">The reporting verb or phrase.</param>
/// <param name="CueSpan">Where the cue stands in the article body.</param>
/// <param name="ContentSpan">Where the content stands in the article body.</param>
/// <param name="Speaker">The speaker: the chain's last link.</param>
/// <param name="Chain">Who passed it on, outermost first, ending with the speaker.</param>
/// <param name="SaidOn">When it was said, if known.</param>
/// <param name="Topics">Topic labels.</param>
/// <param name="About">The actors it is about.</param>
/// <param name="Origin">person when a person made or edited it, engine when extraction made it, import when the ClaimReview importer recorded it for a fact check of a claim the newsroom had not recorded.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Retraction">Set when the newsroom retracted the claim: it stays readable as a published correction.</param>
/// <param name="StatementId">The statement this claim is an appearance of (claims by the same speaker saying the same thing); null until the claim is matched (within seconds of its write), for an anonymous speaker and for a retracted claim.</param>
/// <param name="FirstAppearance">The statement's earliest appearance (this claim itself when it is the first); null when <c>statementId</c> is.</param>
/// <param name="Reviews">The fact checks of the claim (see `/claims/{id}/reviews`): how many, the verdicts they reached and the newest of them; null while no one has reviewed it.</param>
public sealed record ClaimResponse(
    Guid Id,
    Guid ArticleId,
    string Content,
    string? Quote,
    ClaimKind Kind,
    string? Cue,
    SpanDto? CueSpan,
    SpanDto? ContentSpan,
    LinkResponse Speaker,
    IReadOnlyList<LinkResponse> Chain,
    ApproximateDateDto? SaidOn,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ActorRef> About,
    ClaimOrigin Origin,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    RetractionDto? Retraction,
    Guid? StatementId,
    AppearanceRef? FirstAppearance,
    ReviewsSummary? Reviews);

/// <summary>Where a statement appeared: a claim, its article and its date.</summary>
/// <param name="ClaimId">The claim that is the appearance.</param>
/// <param name="ArticleId">The article it appeared in.</param>
/// <param name="Date">When it was said, else when the article appeared, else when it was recorded.</param>
public sealed record AppearanceRef(Guid ClaimId, Guid ArticleId, DateOnly Date);

/// <summary>When and why a claim was retracted.</summary>
/// <param name="At">When it was retracted (UTC).</param>
/// <param name="Reason">Why, as the correction says.</param>
public sealed record RetractionDto(DateTime At, string Reason);

/// <summary>One link of an attribution chain.</summary>
/// <param name="Position">0 for the outermost reporter; the speaker has the highest.</param>
/// <param name="ActorId">The actor, when known.</param>
/// <param name="ActorName">The actor's display name.</param>
/// <param name="Description">The article's wording for an unnamed source.</param>
/// <param name="Span">Where the source is named in the article body.</param>
/// <param name="Cue">How this link passes the statement on.</param>
/// <param name="CueSpan">Where that cue stands.</param>
public sealed record LinkResponse(int Position, Guid? ActorId, string? ActorName, string? Description, SpanDto? Span, string? Cue, SpanDto? CueSpan);

/// <summary>An actor named by id and display name.</summary>
public sealed record ActorRef(Guid Id, string Name);
