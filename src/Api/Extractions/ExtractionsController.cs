using Mapster;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Extractions;

/// <summary>Finds attributed statements in text: speakers, cues, spans and nested chains.</summary>
[Route("api/v1")]
[Tags("Extraction")]
[Produces("application/json")]
public sealed class ExtractionsController(ExtractionEngine extractor, GazetteerSource gazetteers, ArticleExtraction articleExtraction, TypeAdapterConfig mapper)
    : ApiControllerBase
{
    /// <summary>Preview the attributions in a text; stores nothing.</summary>
    /// <remarks>
    /// Known actors (names and aliases) resolve to their ids; unknown speakers come back as `newActors`.
    /// Spans are UTF-16 offsets into `text`, end exclusive, as .NET and JavaScript index strings.
    /// `mode` picks the engine (`accurate`, the default, or `fast`); the response says which ran. Text over 1 MB
    /// (over 256 KB in accurate mode) answers 413.
    /// </remarks>
    // A preview stores nothing, so it is a read for access purposes: open like GETs unless Auth:RequireKeyForReads
    // is on. Scorers and newsroom tools try the engine without being given an editor key.
    [Authorize(AccessPolicies.Reader)]
    [StoresNothing]
    [HttpPost("extractions", Name = nameof(PreviewExtraction))]
    [Consumes("application/json")]
    [RequestSizeLimit(ExtractionLimits.RequestBytes)]
    [ProducesResponseType<ExtractionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ExtractionResponse>> PreviewExtraction(ExtractionRequest request, CancellationToken cancellationToken)
    {
        var mode = extractor.ModeFor(request.Mode);
        ExtractionLimits.EnsureTextFits(request.Text, mode);
        var options = new ExtractionOptions(await gazetteers.GetAsync(cancellationToken), request.Publisher, request.PublishedAt, mode);
        var result = extractor.Extract(request.Text, options);
        return ExtractionResponses.From(result, mapper);
    }

    /// <summary>Extract the claims of a stored article and save them.</summary>
    /// <remarks>
    /// Replaces the claims an earlier run made (origin `engine`); claims a person created or edited
    /// (origin `person`) are never touched. The article's publisher heads every chain. One transaction.
    /// The body is optional: `mode` (`accurate`, the default, or `fast`) and `minConfidence` (store only
    /// attributions at least that likely to be right; the rest are counted in `skipped`).
    /// </remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="request">Optional mode and confidence threshold.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("articles/{id:guid}/extraction", Name = nameof(ExtractArticleClaims))]
    [Tags("Articles")]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleExtractionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ArticleExtractionResponse>> ExtractArticleClaims(
        Guid id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] ArticleExtractionRequest? request, CancellationToken cancellationToken) =>
        await articleExtraction.RunAsync(id, request ?? new ArticleExtractionRequest(), cancellationToken);
}
