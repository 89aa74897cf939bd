using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Exports;

/// <summary>What an export formatter needs beyond the action's answer, loaded before formatting starts.</summary>
public sealed class ExportData
{
    public IReadOnlyList<ClaimResponse> Claims { get; set; } = [];
    public IReadOnlyDictionary<Guid, Article> Articles { get; set; } = new Dictionary<Guid, Article>();
    public IReadOnlyDictionary<Guid, Actor> Actors { get; set; } = new Dictionary<Guid, Actor>();

    /// <summary>For JSON-LD: the articles each statement appeared in, first appearance first.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> Appearances { get; set; } = new Dictionary<Guid, IReadOnlyList<Guid>>();
    /// <summary>For ClaimReview: the reviews being exported, each with the claim it reviews (in <see cref="Claims"/>).</summary>
    public IReadOnlyList<ReviewResponse> Reviews { get; set; } = [];

    /// <summary>For ninjs: the article with its publisher, and its claims with their chains and subjects.</summary>
    public Article? Article { get; set; }

    public IReadOnlyList<DomainClaim> ArticleClaims { get; set; } = [];
}

/// <summary>
/// Output formatters format; they do not query the database (a formatter cannot report a failure as a problem
/// response once it has begun writing). When the client asks for an export format, this result filter loads what
/// that format adds (the articles of the claims, the kinds of their actors, an article's claims) into the request's
/// <see cref="ExportData"/> before any byte is written.
/// </summary>
internal sealed class ExportDataFilter(ExportLookups lookups, ExportData data) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var cancellationToken = context.HttpContext.RequestAborted;
        if (context.Result is ObjectResult { Value: { } value } && IsAskedForExport(request))
        {
            var claims = value switch
            {
                StoredClaim claim => [claim.Read()],
                Page<StoredClaim> page => page.Items.Select(c => c.Read()).ToList(),
                _ => (IReadOnlyList<ClaimResponse>?)null,
            };
            var reviews = value switch
            {
                ReviewResponse review => [review],
                Page<ReviewResponse> page => page.Items,
                _ => (IReadOnlyList<ReviewResponse>?)null,
            };
            if (reviews is not null && ExportMediaTypes.IsAsked(request, ExportMediaTypes.JsonLd))
            {
                // A review is published with the claim it reviews: speaker, article and chain.
                data.Reviews = reviews;
                claims = await lookups.ClaimsAsync(reviews.Select(r => r.ClaimId), cancellationToken);
            }

            if (claims is not null)
            {
                data.Claims = claims;
                var jsonLd = ExportMediaTypes.IsAsked(request, ExportMediaTypes.JsonLd);
                if (jsonLd)
                {
                    data.Appearances = await lookups.AppearancesAsync(claims.Select(c => c.StatementId).OfType<Guid>(), cancellationToken);
                }

                data.Articles = await lookups.ArticlesAsync(claims.Select(c => c.ArticleId).Concat(data.Appearances.Values.SelectMany(a => a)), cancellationToken);
                if (jsonLd)
                {
                    var actorIds = claims.SelectMany(c => c.Chain.Select(l => l.ActorId).Concat(c.About.Select(a => (Guid?)a.Id)))
                        .OfType<Guid>().Concat(data.Articles.Values.Select(a => a.PublisherId).OfType<Guid>())
                        .Concat(data.Reviews.Select(r => r.Reviewer.Id));
                    data.Actors = await lookups.ActorsAsync(actorIds, cancellationToken);
                }
            }
            else if (value is ArticleResponse article && ExportMediaTypes.IsAsked(request, ExportMediaTypes.Ninjs))
            {
                data.Article = await lookups.ArticleAsync(article.Id, cancellationToken);
                data.ArticleClaims = await lookups.ClaimsInArticleAsync(article.Id, cancellationToken);
            }
        }

        await next();
    }

    private static bool IsAskedForExport(HttpRequest request) =>
        ExportMediaTypes.IsAsked(request, ExportMediaTypes.Csv) || ExportMediaTypes.IsAsked(request, ExportMediaTypes.JsonLd)
        || ExportMediaTypes.IsAsked(request, ExportMediaTypes.Ninjs);
}
