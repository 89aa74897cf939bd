using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews;

/// <summary>Fact checks of claims: who reviewed a claim, the rating on their scale, and the verdict the API derives from it.</summary>
[Route("api/v1")]
[Tags("Reviews")]
[Produces("application/json")]
public sealed class ReviewsController(ReviewQueries queries, ReviewWriter writer) : ApiControllerBase
{
    /// <summary>List reviews, newest first.</summary>
    /// <remarks>
    /// Ordered by the day the fact check was published (else when it was recorded). Filter by `reviewer`, `verdict`,
    /// `claim`, `origin` and the publication day (`from`/`to`). Send `Accept: application/ld+json` for the page as a
    /// schema.org `DataFeed` of `ClaimReview`s, the feed fact-checkers hand to search engines (the next page is linked in
    /// the `Link` header).
    /// </remarks>
    [HttpGet("reviews", Name = nameof(ListReviews))]
    [Produces(ExportMediaTypes.Json, ExportMediaTypes.JsonLd)]
    [ProducesResponseType<Page<ReviewResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ReviewResponse>>> ListReviews([FromQuery] ReviewListRequest request, CancellationToken cancellationToken) =>
        Ok(await queries.ListAsync(request, Request, cancellationToken));

    /// <summary>List the reviews of a claim, newest first.</summary>
    /// <remarks>The same filters and paging as `GET /api/v1/reviews`, for one claim.</remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="request">Paging and filters, as for the reviews list.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("claims/{id:guid}/reviews", Name = nameof(ListClaimReviews))]
    [ProducesResponseType<Page<ReviewResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ReviewResponse>>> ListClaimReviews(Guid id, [FromQuery] ReviewListRequest request, CancellationToken cancellationToken)
    {
        await queries.EnsureClaimAsync(id, cancellationToken);
        request.Claim = id;
        return Ok(await queries.ListAsync(request, Request, cancellationToken));
    }

    /// <summary>Review a claim: record a fact check of it.</summary>
    /// <remarks>
    /// `reviewerId` names the actor who reviewed it (usually a fact-checking organisation; create it under `/actors`
    /// first). `rating` holds the value on the reviewer's scale and their words for it; the API derives `verdict` from
    /// them. The claim's own response then carries the review in its `reviews` summary.
    /// </remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="request">The review.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("claims/{id:guid}/reviews", Name = nameof(CreateReview))]
    [Consumes("application/json")]
    [ProducesResponseType<ReviewResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ReviewResponse>> CreateReview(Guid id, ReviewRequest request, CancellationToken cancellationToken)
    {
        var review = await writer.CreateAsync(new CreateReview(id, request), cancellationToken);
        Response.SetETag(review);
        return CreatedAtRoute(nameof(GetReview), new { id = review.Id }, await queries.DescribeAsync(review, cancellationToken));
    }

    /// <summary>Get one review.</summary>
    /// <remarks>
    /// The `ETag` header is the version to send in `If-Match` when you change it. Send `Accept: application/ld+json` for
    /// schema.org `ClaimReview` markup as Google's fact-check guidelines ask for it: the claim (`itemReviewed`) with its
    /// speaker as `author`, the article as `appearance`, and the attribution chain in PROV-O.
    /// </remarks>
    /// <param name="id">The review's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("reviews/{id:guid}", Name = nameof(GetReview))]
    [Produces(ExportMediaTypes.Json, ExportMediaTypes.JsonLd)]
    [ProducesResponseType<ReviewResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ReviewResponse>> GetReview(Guid id, CancellationToken cancellationToken)
    {
        var review = await queries.FindAsync(id, cancellationToken);
        Response.SetETag(review);
        return Ok(await queries.DescribeAsync(review, cancellationToken));
    }

    /// <summary>Replace a review.</summary>
    /// <remarks>Sends the whole review; omitted optional fields are cleared. Send `If-Match` with the ETag you read (412 when it changed).</remarks>
    /// <param name="id">The review's id.</param>
    /// <param name="request">The review's new state.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("reviews/{id:guid}", Name = nameof(ReplaceReview))]
    [Consumes("application/json")]
    [ProducesResponseType<ReviewResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ReviewResponse>> ReplaceReview(Guid id, ReviewRequest request, CancellationToken cancellationToken) =>
        await AnswerAsync(await writer.ReplaceAsync(new ReplaceReview(id, request, Request.ExpectedVersion()), cancellationToken), cancellationToken);

    /// <summary>Change some fields of a review (JSON Merge Patch, RFC 7396).</summary>
    /// <remarks>Send only the fields to change as `application/merge-patch+json`; `rating` merges field by field. Honours `If-Match` like PUT.</remarks>
    /// <param name="id">The review's id.</param>
    /// <param name="patch">The fields to change; null removes an optional field.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPatch("reviews/{id:guid}", Name = nameof(PatchReview))]
    [Consumes("application/merge-patch+json", "application/json")]
    [ProducesResponseType<ReviewResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ReviewResponse>> PatchReview(Guid id, JsonElement patch, CancellationToken cancellationToken) =>
        await AnswerAsync(await writer.PatchAsync(new PatchReview(id, patch, Request.ExpectedVersion()), cancellationToken), cancellationToken);

    /// <summary>Delete a review (admin keys only).</summary>
    /// <remarks>The claim's `reviews` summary drops it in the same transaction; its history is kept. Honours `If-Match`.</remarks>
    /// <param name="id">The review's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("reviews/{id:guid}", Name = nameof(DeleteReview))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> DeleteReview(Guid id, CancellationToken cancellationToken)
    {
        await writer.DeleteAsync(new DeleteReview(id, Request.ExpectedVersion()), cancellationToken);
        return NoContent();
    }

    private async Task<ActionResult<ReviewResponse>> AnswerAsync(Review review, CancellationToken cancellationToken)
    {
        Response.SetETag(review);
        return Ok(await queries.DescribeAsync(review, cancellationToken));
    }
}
