using Mapster;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Articles;

/// <summary>Bulk entry for newsroom tools: one request, one transaction, an article with all its claims.</summary>
[Route("api/v1/articles/import")]
[Tags("Articles")]
[Produces("application/json")]
public sealed class ArticleImportsController(TypeAdapterConfig mapper, ArticleWriter articles, ClaimWriter claims, RequestValidation validation)
    : ApiControllerBase
{
    /// <summary>Create an article together with its claims.</summary>
    /// <remarks>
    /// Either the article and every claim are stored, or nothing is: a claim that fails validation answers 400
    /// and leaves no article behind, and a crash mid-import leaves no half article. Send an `Idempotency-Key`
    /// to retry safely.
    /// </remarks>
    [HttpPost(Name = nameof(ImportArticle))]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleImportResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ArticleImportResponse>> ImportArticle(ArticleImportRequest request, CancellationToken cancellationToken)
    {
        // One transaction for all of it: the request's own (WriteTransactionFilter), committed only on success.
        await validation.ValidateAsync(request.Article!, cancellationToken, "Article.");
        var article = await articles.CreateAsync(request.Article!, cancellationToken);
        var saved = await claims.CreateManyAsync(new ArticleText(article.Id, article.Body.Length, article.PublishedAt), request.Claims, cancellationToken);
        Response.SetETag(article);
        return CreatedAtRoute(nameof(ArticlesController.GetArticle), new { id = article.Id },
            new StoredArticleImport(article.Adapt<ArticleResponse>(mapper), saved.Select(c => c.Document).ToList()));
    }
}
