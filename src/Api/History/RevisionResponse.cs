using System.Text.Json;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.History;

/// <summary>One change to a record.</summary>
/// <param name="Number">1 for the creation, counting up.</param>
/// <param name="Action">created, updated, retracted or deleted.</param>
/// <param name="Author">The name of the API key that made the change ("system" for the seed story).</param>
/// <param name="At">When the change was saved (UTC).</param>
/// <param name="Changes">The fields this change set, with their values before and after; every field for a creation, none for a deletion.</param>
/// <param name="Snapshot">The record after the change (before it, for a deletion), in the shape a client writes it.</param>
public abstract record RevisionResponse<TSnapshot>(int Number, RevisionAction Action, string Author, DateTime At, IReadOnlyList<FieldChange> Changes, TSnapshot Snapshot);

/// <summary>One change to a claim.</summary>
public sealed record ClaimRevision(int Number, RevisionAction Action, string Author, DateTime At, IReadOnlyList<FieldChange> Changes, ClaimSnapshot Snapshot)
    : RevisionResponse<ClaimSnapshot>(Number, Action, Author, At, Changes, Snapshot);

/// <summary>One change to an article.</summary>
public sealed record ArticleRevision(int Number, RevisionAction Action, string Author, DateTime At, IReadOnlyList<FieldChange> Changes, ArticleRequest Snapshot)
    : RevisionResponse<ArticleRequest>(Number, Action, Author, At, Changes, Snapshot);

/// <summary>One change to an actor.</summary>
public sealed record ActorRevision(int Number, RevisionAction Action, string Author, DateTime At, IReadOnlyList<FieldChange> Changes, ActorRequest Snapshot)
    : RevisionResponse<ActorRequest>(Number, Action, Author, At, Changes, Snapshot);

/// <summary>One change to a review.</summary>
public sealed record ReviewRevision(int Number, RevisionAction Action, string Author, DateTime At, IReadOnlyList<FieldChange> Changes, ReviewSnapshot Snapshot)
    : RevisionResponse<ReviewSnapshot>(Number, Action, Author, At, Changes, Snapshot);

/// <summary>A review as it stood: the fields a client writes (see ReviewRequest), with the claim, the derived verdict and who made it.</summary>
/// <param name="ClaimId">The claim it reviews.</param>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="Rating">The rating on the reviewer's scale.</param>
/// <param name="Verdict">The verdict derived from the rating.</param>
/// <param name="ClaimReviewed">The claim as the reviewer words it.</param>
/// <param name="Headline">The fact check's title.</param>
/// <param name="Summary">The reviewer's conclusion.</param>
/// <param name="Url">Where the fact check is published.</param>
/// <param name="PublishedOn">The day it was published.</param>
/// <param name="Language">Its language.</param>
/// <param name="Origin">person or import.</param>
public sealed record ReviewSnapshot(
    Guid ClaimId, Guid ReviewerId, ReviewRating Rating, Verdict Verdict, string? ClaimReviewed, string? Headline, string? Summary,
    string? Url, DateOnly? PublishedOn, string? Language, ReviewOrigin Origin);

/// <summary>A claim as it stood: the fields a client writes (see ClaimRequest), with who made it and its retraction.</summary>
/// <param name="ArticleId">The article it appears in.</param>
/// <param name="Content">What was said.</param>
/// <param name="Quote">The exact quoted words, if quoted.</param>
/// <param name="Kind">direct, indirect or mixed.</param>
/// <param name="Cue">The reporting verb or phrase.</param>
/// <param name="CueSpan">Where the cue stands in the article body.</param>
/// <param name="ContentSpan">Where the content stands in the article body.</param>
/// <param name="Speaker">Who said it: the chain's last link.</param>
/// <param name="ReportedBy">Who passed it on, outermost first.</param>
/// <param name="SaidOn">When it was said, if known.</param>
/// <param name="Topics">Topic labels.</param>
/// <param name="About">The ids of the actors it is about.</param>
/// <param name="Origin">person or engine.</param>
/// <param name="Retraction">Set once retracted.</param>
public sealed record ClaimSnapshot(
    Guid ArticleId, string Content, string? Quote, ClaimKind Kind, string? Cue, SpanDto? CueSpan, SpanDto? ContentSpan,
    LinkRequest? Speaker, IReadOnlyList<LinkRequest> ReportedBy, ApproximateDateDto? SaidOn, IReadOnlyList<string> Topics,
    IReadOnlyList<Guid> About, ClaimOrigin Origin, RetractionDto? Retraction);

/// <summary>One field's value before and after a change.</summary>
/// <param name="Field">The field, as named in the snapshot (a top-level field of the resource).</param>
/// <param name="From">The value before; null for a creation.</param>
/// <param name="To">The value after.</param>
public sealed record FieldChange(string Field, JsonElement? From, JsonElement? To);
