using Mapster;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Articles;

/// <summary>The article writes, each one SaveChanges and so one transaction.</summary>
public sealed class ArticleWriter(AppDbContext db, TypeAdapterConfig mapper, RequestValidation validation)
{
    public async Task<Article> FindAsync(Guid id, CancellationToken cancellationToken, bool track = false)
    {
        var query = db.Articles.Include(a => a.Publisher);
        return await (track ? query.AsTracking() : query).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw ApiException.NotFound("Article", id);
    }

    public async Task<Article> CreateAsync(ArticleRequest request, CancellationToken cancellationToken)
    {
        var article = request.Adapt<Article>(mapper);
        article.RefreshSortKey();
        await EnsureUrlFreeAsync(article, cancellationToken);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return await FindAsync(article.Id, cancellationToken);
    }

    public async Task<Article> UpdateAsync(Guid id, HttpRequest http, Func<Article, ArticleRequest> change, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken, track: true);
        http.CheckIfMatch(article);
        var request = change(article);
        await validation.ValidateAsync(request, cancellationToken);
        if (request.Body != article.Body && await db.Claims.AnyAsync(c => c.ArticleId == id && c.ContentEnd > request.Body.Length, cancellationToken))
        {
            throw ApiException.Conflict("The new body is shorter than spans its claims point at; update or delete those claims first.");
        }

        request.Adapt(article, mapper);
        article.RefreshSortKey();
        await EnsureUrlFreeAsync(article, cancellationToken);
        article.Touch();
        await db.SaveChangesAsync(cancellationToken);
        return await FindAsync(article.Id, cancellationToken);
    }

    /// <summary>Deletes the article with its claims and their chains and relations.</summary>
    public async Task DeleteAsync(Guid id, HttpRequest http, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken, track: true);
        http.CheckIfMatch(article);
        db.Articles.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureUrlFreeAsync(Article article, CancellationToken cancellationToken)
    {
        var existing = await db.Articles
            .Where(a => a.CanonicalUrl == article.CanonicalUrl && a.Id != article.Id)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            throw ApiException.Conflict($"Article {existingId} already has this canonical URL.", $"/api/v1/articles/{existingId}");
        }
    }
}
