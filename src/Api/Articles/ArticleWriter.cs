using System.Text.Json;
using Mapster;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Articles;

public sealed record ReplaceArticle(Guid Id, ArticleRequest Values, ExpectedVersion Expected);

public sealed record PatchArticle(Guid Id, JsonElement Patch, ExpectedVersion Expected);

public sealed record DeleteArticle(Guid Id, ExpectedVersion Expected);

/// <summary>The article writes: plain commands, one SaveChanges each, inside the request's write transaction.</summary>
public sealed class ArticleWriter(AppDbContext db, TypeAdapterConfig mapper, RequestValidation validation)
{
    public async Task<Article> FindAsync(Guid id, CancellationToken cancellationToken, bool track = false)
    {
        var query = db.Articles.Include(a => a.Publisher);
        return await (track ? query.AsTracking() : query).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw ApiException.NotFound("Article", id);
    }

    public async Task<Article> CreateAsync(ArticleRequest values, CancellationToken cancellationToken)
    {
        var article = values.Adapt<Article>(mapper);
        article.RefreshSortKey();
        await EnsureUrlFreeAsync(article, cancellationToken);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return await FindAsync(article.Id, cancellationToken);
    }

    public Task<Article> ReplaceAsync(ReplaceArticle command, CancellationToken cancellationToken) =>
        ChangeAsync(command.Id, command.Expected, _ => command.Values, cancellationToken);

    public Task<Article> PatchAsync(PatchArticle command, CancellationToken cancellationToken) =>
        ChangeAsync(command.Id, command.Expected, current => MergePatch.Apply(current.Adapt<ArticleRequest>(mapper), command.Patch), cancellationToken);

    /// <summary>Deletes the article with its claims and their chains and relations.</summary>
    public async Task DeleteAsync(DeleteArticle command, CancellationToken cancellationToken)
    {
        var article = await FindAsync(command.Id, cancellationToken, track: true);
        command.Expected.Check(article);
        db.Articles.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Article> ChangeAsync(Guid id, ExpectedVersion expected, Func<Article, ArticleRequest> change, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken, track: true);
        expected.Check(article);
        var values = change(article);
        await validation.ValidateAsync(values, cancellationToken);
        if (values.Body != article.Body)
        {
            // Claims point into the body by offsets; a body too short for one of them would leave it pointing past the end.
            var claims = await db.Claims.Include(c => c.Chain).Where(c => c.ArticleId == id).ToListAsync(cancellationToken);
            if (claims.Any(c => !c.FitsIn(values.Body.Length)))
            {
                throw ApiException.Conflict("The new body is shorter than spans its claims point at; update or delete those claims first.");
            }
        }

        values.Adapt(article, mapper);
        article.RefreshSortKey();
        await EnsureUrlFreeAsync(article, cancellationToken);
        article.Touch();
        await db.SaveChangesAsync(cancellationToken);
        return await FindAsync(article.Id, cancellationToken);
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
