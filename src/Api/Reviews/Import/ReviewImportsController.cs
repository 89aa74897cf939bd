using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>Fact checks as fact-checkers publish them: ClaimReview markup in, reviews linked to claims out.</summary>
[Route("api/v1/reviews/import")]
[Tags("Reviews")]
[Produces("application/json")]
public sealed class ReviewImportsController(ReviewImporter importer) : ApiControllerBase
{
    /// <summary>Import ClaimReview markup: one ClaimReview, an array of them, or a DataFeed.</summary>
    /// <remarks>
    /// Send the JSON-LD as a fact-checker publishes it (`application/ld+json` or `application/json`; up to 500 reviews):
    /// a `ClaimReview`, an array of them, a `DataFeed` (of ClaimReviews, or of `DataFeedItem`s holding them), or an
    /// `@graph`; other nodes beside them (a WebPage) are passed over. Terms may carry the `schema:` prefix or be full
    /// schema.org IRIs; HTML in text is reduced to its text; dates may be ISO 8601 or as CMSs print them ("March 5,
    /// 2024"); languages may be tags in any case or names ("English").
    ///
    /// Each review's reviewer (its `author`) is found by name or alias, or created as an organisation. Its claim is the
    /// one `itemReviewed` names by its URL in this API; else the best match among the speaker's stored claims (the
    /// speaker found by name or alias; matched on the words: `method` says how, `score` how well); else the claim the
    /// markup describes is recorded with origin `import` (its speaker and its appearance's article found or created).
    /// A review already stored for the same reviewer, URL and claim is updated rather than duplicated.
    ///
    /// All or nothing: markup that cannot be read answers 400 with every problem under its JSONPath
    /// (`$.dataFeedElement[2].reviewRating.ratingValue`) and writes nothing. `dryRun=true` answers what the import would
    /// do and writes nothing. Send an `Idempotency-Key` to retry safely.
    /// </remarks>
    /// <param name="body">The ClaimReview markup.</param>
    /// <param name="dryRun">true: decide and answer, but store nothing.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost(Name = nameof(ImportReviews))]
    [Consumes(ExportMediaTypes.JsonLd, ExportMediaTypes.Json)]
    [ProducesResponseType<ReviewImportResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ReviewImportResponse>> ImportReviews([FromBody] JsonElement body, [FromQuery] bool dryRun, CancellationToken cancellationToken)
    {
        var reviews = ClaimReviewReader.Read(body);
        return Ok(await importer.ImportAsync(reviews, dryRun, cancellationToken));
    }
}
