using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>Statements attributed to a speaker, each with the chain of who reported it.</summary>
[Route("api/v1/claims")]
[Tags("Claims")]
[Produces("application/json")]
public sealed class ClaimsController(ClaimQueries queries, ClaimWriter writer) : ApiControllerBase
{
    /// <summary>List claims, newest first, with their attribution chains.</summary>
    /// <remarks>
    /// Filter by speaker, reporter anywhere in the chain, mentioned actor, article, publisher, kind, cue,
    /// topic, origin, date range and text. Follow `next` (or pass `nextPageToken` as `pageToken`) for the next page.
    /// Send `Accept: text/csv` for the page as a spreadsheet (UTF-8 with BOM, one row per claim, the chain in one cell;
    /// up to 100 rows a page, the next page linked in the `Link` header) or `Accept: application/ld+json` for JSON-LD.
    /// </remarks>
    [HttpGet(Name = nameof(ListClaims))]
    [Produces(ExportMediaTypes.Json, ExportMediaTypes.Csv, ExportMediaTypes.JsonLd)]
    [ProducesResponseType<Page<ClaimResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimResponse>>> ListClaims([FromQuery] ClaimListRequest request, CancellationToken cancellationToken) =>
        Ok(await queries.ListAsync(request, Request, cancellationToken));

    /// <summary>Get one claim with its attribution chain.</summary>
    /// <remarks>The claim with its speaker, chain (outermost reporter first, speaker last), cue, spans and subjects. Send `Accept: application/ld+json` for a schema.org `Claim` whose chain is expressed with PROV-O.</remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}", Name = nameof(GetClaim))]
    [Produces(ExportMediaTypes.Json, ExportMediaTypes.JsonLd)]
    [ProducesResponseType<ClaimResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ClaimResponse>> GetClaim(Guid id, CancellationToken cancellationToken)
    {
        return Answer(await queries.GetAsync(id, cancellationToken));
    }

    /// <summary>Record a claim.</summary>
    /// <remarks>
    /// `speaker` is required; `reportedBy` lists who passed the statement on, outermost first. The stored chain is
    /// `reportedBy` followed by the speaker. Spans are UTF-16 offsets into the article body, end exclusive.
    /// </remarks>
    [HttpPost(Name = nameof(CreateClaim))]
    [Consumes("application/json")]
    [ProducesResponseType<ClaimResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ClaimResponse>> CreateClaim(ClaimRequest request, CancellationToken cancellationToken)
    {
        var claim = await writer.CreateAsync(request, cancellationToken);
        Response.Headers.ETag = ETags.For(claim.Version);
        return CreatedAtRoute(nameof(GetClaim), new { id = claim.Id }, claim.Document);
    }

    /// <summary>Replace a claim.</summary>
    /// <remarks>Sends the whole claim, speaker and `reportedBy` included; the chain is rebuilt from them. Send `If-Match` with the ETag you read (412 when it changed). A retracted claim can no longer be edited (409).</remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="request">The claim's new state.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("{id:guid}", Name = nameof(ReplaceClaim))]
    [Consumes("application/json")]
    [ProducesResponseType<ClaimResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ClaimResponse>> ReplaceClaim(Guid id, ClaimRequest request, CancellationToken cancellationToken)
    {
        return Answer(await writer.ReplaceAsync(new ReplaceClaim(id, request, Request.ExpectedVersion()), cancellationToken));
    }

    /// <summary>Change some fields of a claim (JSON Merge Patch, RFC 7396).</summary>
    /// <remarks>Send only the fields to change as `application/merge-patch+json`; `reportedBy`, `topics` and `about` are replaced whole. Honours `If-Match` like PUT; a retracted claim answers 409.</remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="patch">The fields to change; null removes an optional field.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPatch("{id:guid}", Name = nameof(PatchClaim))]
    [Consumes("application/merge-patch+json", "application/json")]
    [ProducesResponseType<ClaimResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ClaimResponse>> PatchClaim(Guid id, JsonElement patch, CancellationToken cancellationToken)
    {
        return Answer(await writer.PatchAsync(new PatchClaim(id, patch, Request.ExpectedVersion()), cancellationToken));
    }

    /// <summary>Retract a claim: it is marked retracted with the reason, kept, and stays readable.</summary>
    /// <remarks>
    /// Newsrooms publish corrections rather than erase: the claim keeps its content, shows `retraction`,
    /// and its history records who retracted it. Lists take `retracted=false` to leave retracted claims out.
    /// A retracted claim can no longer be edited (409).
    /// </remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="request">Why it is retracted.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("{id:guid}/retraction", Name = nameof(RetractClaim))]
    [Consumes("application/json")]
    [ProducesResponseType<ClaimResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ClaimResponse>> RetractClaim(Guid id, RetractionRequest request, CancellationToken cancellationToken)
    {
        return Answer(await writer.RetractAsync(new RetractClaim(id, request.Reason, Request.ExpectedVersion()), cancellationToken));
    }

    /// <summary>Delete a claim with its chain and relations (admin keys only; prefer a retraction).</summary>
    /// <remarks>Deletes the claim, its chain links and every relation to or from it, in one transaction. Honours `If-Match`.</remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("{id:guid}", Name = nameof(DeleteClaim))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> DeleteClaim(Guid id, CancellationToken cancellationToken)
    {
        await writer.DeleteAsync(new DeleteClaim(id, Request.ExpectedVersion()), cancellationToken);
        return NoContent();
    }

    /// <summary>The stored response as it is, with its version as the ETag.</summary>
    private OkObjectResult Answer(SavedClaim claim)
    {
        Response.Headers.ETag = ETags.For(claim.Version);
        return Ok(claim.Document);
    }
}
