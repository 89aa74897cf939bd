using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Matching;

/// <summary>Has this been said before: similar claims, matches for a new statement, and where a statement appeared.</summary>
[Route("api/v1")]
[Tags("Matching")]
[Produces("application/json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public sealed class ClaimMatchesController(ClaimMatches matches) : ApiControllerBase
{
    /// <summary>Claims that say the same thing as this one, or nearly, best first.</summary>
    /// <remarks>
    /// Scored by the cosine similarity of the claims' sentence embeddings (all-MiniLM-L6-v2, computed in the API):
    /// 1 is the same meaning; from about 0.8 it is usually the same statement reworded. Each match names its speaker,
    /// article, publisher and date. Filter by `speaker`, `from`/`to` (the claim's date) and `minScore` (0.5 unless
    /// given). Pages go up to 500 matches deep. A claim written a moment ago is matched at once; it shows up among
    /// other claims' matches within about a second of its write.
    /// </remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="request">Filters and paging.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("claims/{id:guid}/similar", Name = nameof(ListSimilarClaims))]
    [ProducesResponseType<Page<ClaimMatch>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimMatch>>> ListSimilarClaims(Guid id, [FromQuery] SimilarClaimsRequest request, CancellationToken cancellationToken) =>
        Ok(await matches.SimilarAsync(id, request, Request, cancellationToken));

    /// <summary>Where the statement this claim makes appeared, first appearance first.</summary>
    /// <remarks>
    /// Claims by the same speaker that say the same thing form one statement (grouped automatically, corrected by
    /// editors: see `/statements`). Its appearances are listed by date, oldest first, each with the chain of who reported
    /// it; the claim's `firstAppearance` is the first of them. A claim not grouped (an anonymous speaker, a retracted
    /// claim, one written a moment ago) is its own only appearance.
    /// </remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="request">Paging.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("claims/{id:guid}/appearances", Name = nameof(ListClaimAppearances))]
    [ProducesResponseType<Page<ClaimAppearance>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimAppearance>>> ListClaimAppearances(Guid id, [FromQuery] AppearancesRequest request, CancellationToken cancellationToken) =>
        Ok(await matches.AppearancesOfClaimAsync(id, request, Request, cancellationToken));

    /// <summary>Has anyone said this? Stored claims matching a statement that is not stored; stores nothing.</summary>
    /// <remarks>
    /// Send the statement's text and, optionally, a `speaker` (an actor's id, or a name or alias). Matches come best
    /// first, scored as `/claims/{id}/similar` scores them. Open to readers, like a search.
    /// </remarks>
    /// <param name="request">The statement and filters.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    // Stores nothing, so it is a read for access purposes, as the extraction preview is.
    [Authorize(AccessPolicies.Reader)]
    [StoresNothing]
    [HttpPost("claim-matches", Name = nameof(MatchClaims))]
    [Consumes("application/json")]
    [ProducesResponseType<ClaimMatchesResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ClaimMatchesResponse>> MatchClaims(ClaimMatchRequest request, CancellationToken cancellationToken) =>
        Ok(await matches.MatchTextAsync(request, cancellationToken));
}
