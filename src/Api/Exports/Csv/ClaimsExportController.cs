using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Exports.Csv;

[Route("api/v1/claims")]
[Tags("Claims")]
public sealed class ClaimsExportController(ClaimQueries claims, ExportLookups lookups, IOptions<ExportOptions> options,
    ILogger<ClaimsExportController> logger) : ApiControllerBase
{
    /// <summary>Export every matching claim as one CSV file.</summary>
    /// <remarks>
    /// Takes the same filters as the claims list (speaker, reporter, mentioned actor, article, publisher, kind, cue, topic,
    /// origin, retracted, date range, text, sort) and streams every claim they match as one spreadsheet, newest first:
    /// the same columns and escaping as the list's `text/csv` pages, the header row once. There are no pages, so
    /// `pageSize` and `pageToken` answer 400.
    ///
    /// The file is the list as it stood when the export began (one database snapshot): claims written, edited or
    /// deleted while it streams are not in it, and none appears twice. Bad filters answer 400 before any CSV is sent;
    /// should the export fail once rows are on their way, the connection is cut, so a download that completes is whole.
    /// At most `Exports:MaxConcurrent` exports (default 2) stream at once on an instance; another answers 429.
    /// </remarks>
    /// <param name="request">The claims list's filters.</param>
    /// <param name="cancellationToken">Aborts the export.</param>
    [HttpGet("export.csv", Name = nameof(ExportClaims))]
    [NoReadCache]
    [EnableRateLimiting(ExportOptions.ConcurrencyPolicy)]
    [NotApplicableQuery("the export holds every matching claim in one file, without pages.", nameof(PageRequest.PageSize), nameof(PageRequest.PageToken))]
    [Produces(ExportMediaTypes.Csv)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, ExportMediaTypes.Csv)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task ExportClaims([FromQuery] ClaimListRequest request, CancellationToken cancellationToken)
    {
        await using var batches = claims.ListAllAsync(request, options.Value.BatchSize, cancellationToken).GetAsyncEnumerator(cancellationToken);

        // The first batch is read before the status line goes out: a failure here is still an ordinary problem response.
        var next = await NextBatchAsync(batches, cancellationToken);
        Response.ContentType = ClaimCsv.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"claims-{DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv\"";

        try
        {
            await using var writer = new HttpResponseStreamWriter(Response.Body, Encoding.UTF8);
            await ClaimCsv.WriteHeaderAsync(writer, cancellationToken);
            while (next is { } batch)
            {
                await ClaimCsv.WriteRowsAsync(writer, batch.Claims, batch.Articles, cancellationToken);
                await writer.FlushAsync(cancellationToken);
                next = await NextBatchAsync(batches, cancellationToken);
            }
        }
        catch (Exception exception) when (Response.HasStarted && !cancellationToken.IsCancellationRequested)
        {
            // The status line said 200: ending the body normally now would hand the client a truncated file as if it
            // were whole, and an error text would land inside the CSV. Cutting the connection makes the download fail.
            logger.LogError(exception, "The claims export failed while streaming; the connection was aborted.");
            HttpContext.Abort();
        }
    }

    private async Task<(IReadOnlyList<ClaimResponse> Claims, Dictionary<Guid, Article> Articles)?> NextBatchAsync(
        IAsyncEnumerator<IReadOnlyList<ClaimResponse>> batches, CancellationToken cancellationToken)
    {
        if (!await batches.MoveNextAsync())
        {
            return null;
        }

        var batch = batches.Current;
        return (batch, await lookups.ArticlesAsync(batch.Select(c => c.ArticleId), cancellationToken));
    }
}
