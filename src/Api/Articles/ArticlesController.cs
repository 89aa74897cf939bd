using System.Text.Json;
using Mapster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Articles;

/// <summary>News articles: the texts claims are found in.</summary>
[Route("api/v1/articles")]
[Tags("Articles")]
[Produces("application/json")]
public sealed class ArticlesController(AppDbContext db, TypeAdapterConfig mapper, ArticleWriter writer, ClaimQueries claimQueries) : ApiControllerBase
{
    /// <summary>List articles, newest first.</summary>
    /// <remarks>Bodies are left out of the list; get one article for its body.</remarks>
    [HttpGet(Name = nameof(ListArticles))]
    [ProducesResponseType<Page<ArticleSummaryResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ArticleSummaryResponse>>> ListArticles([FromQuery] ArticleListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Articles.Include(a => a.Publisher).AsQueryable();
        if (request.Publisher is { } publisher)
        {
            query = query.Where(a => a.PublisherId == publisher);
        }

        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            query = query.Where(a => a.Language == request.Language);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            query = query.Where(a => a.Headline.ToLower().Contains(request.Q.ToLower()));
        }

        if (!string.IsNullOrWhiteSpace(request.Url))
        {
            query = query.Where(a => a.CanonicalUrl == request.Url);
        }

        var articles = await query.PageBy(request).ToListAsync(cancellationToken);
        return Request.ToPage(articles, request.PageSize, Keyset.CursorOf, a => a.Adapt<ArticleSummaryResponse>(mapper));
    }

    /// <summary>Get one article with its body.</summary>
    /// <remarks>The article with its full body, which claims' spans point into. Send `Accept: application/vnd.iptc.ninjs+json` for an IPTC ninjs 2.1 news item listing the people and organisations of its claims.</remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}", Name = nameof(GetArticle))]
    [Produces(ExportMediaTypes.Json, ExportMediaTypes.Ninjs)]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ArticleResponse>> GetArticle(Guid id, CancellationToken cancellationToken)
    {
        var article = await writer.FindAsync(id, cancellationToken);
        Response.SetETag(article);
        return article.Adapt<ArticleResponse>(mapper);
    }

    /// <summary>Create an article.</summary>
    /// <remarks>409 with the existing article's `Location` when its canonical URL is already stored.</remarks>
    [HttpPost(Name = nameof(CreateArticle))]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ArticleResponse>> CreateArticle(ArticleRequest request, CancellationToken cancellationToken)
    {
        var article = await writer.CreateAsync(request, cancellationToken);
        Response.SetETag(article);
        return CreatedAtRoute(nameof(GetArticle), new { id = article.Id }, article.Adapt<ArticleResponse>(mapper));
    }

    /// <summary>Replace an article.</summary>
    /// <remarks>Sends the whole article. A new body shorter than a claim's span answers 409; send `If-Match` with the ETag you read (412 when it changed).</remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="request">The article's new state.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("{id:guid}", Name = nameof(ReplaceArticle))]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ArticleResponse>> ReplaceArticle(Guid id, ArticleRequest request, CancellationToken cancellationToken)
    {
        var article = await writer.ReplaceAsync(new ReplaceArticle(id, request, Request.ExpectedVersion()), cancellationToken);
        Response.SetETag(article);
        return article.Adapt<ArticleResponse>(mapper);
    }

    /// <summary>Change some fields of an article (JSON Merge Patch, RFC 7396).</summary>
    /// <remarks>Send only the fields to change as `application/merge-patch+json`. Honours `If-Match` like PUT.</remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="patch">The fields to change; null removes an optional field.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPatch("{id:guid}", Name = nameof(PatchArticle))]
    [Consumes("application/merge-patch+json", "application/json")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ArticleResponse>> PatchArticle(Guid id, JsonElement patch, CancellationToken cancellationToken)
    {
        var article = await writer.PatchAsync(new PatchArticle(id, patch, Request.ExpectedVersion()), cancellationToken);
        Response.SetETag(article);
        return article.Adapt<ArticleResponse>(mapper);
    }

    /// <summary>Delete an article with its claims.</summary>
    /// <remarks>Deletes the article and, in the same transaction, every claim found in it with their chains and relations. Honours `If-Match`.</remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("{id:guid}", Name = nameof(DeleteArticle))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> DeleteArticle(Guid id, CancellationToken cancellationToken)
    {
        await writer.DeleteAsync(new DeleteArticle(id, Request.ExpectedVersion()), cancellationToken);
        return NoContent();
    }

    /// <summary>Claims found in the article.</summary>
    /// <remarks>The claims found in this article, newest first, each with its attribution chain; same filters and paging as `GET /api/v1/claims`. `attribution-graph.svg` draws them.</remarks>
    /// <param name="id">The article's id.</param>
    /// <param name="request">Paging and filters, as for the claims list.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}/claims", Name = nameof(ListArticleClaims))]
    [ProducesResponseType<Page<ClaimResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimResponse>>> ListArticleClaims(Guid id, [FromQuery] ClaimListRequest request, CancellationToken cancellationToken)
    {
        await writer.FindAsync(id, cancellationToken);
        request.Article = id;
        return Ok(await claimQueries.ListAsync(request, Request, cancellationToken));
    }
}
