using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Samples;

/// <summary>Loads the seed story, its actors and every attributed statement in it into an empty database.</summary>
public static class SampleData
{
    public const string ArticleUrl = "https://menafn.com/sample/trumps-envoy-wants-to-persuade-putin-on-ceasefire";

    public static async Task LoadAsync(AppDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (await db.Actors.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var actors = new SampleActors();
        var article = new Article
        {
            Headline = SeedStory.Headline,
            Publisher = actors.Menafn,
            PublisherId = actors.Menafn.Id,
            CanonicalUrl = ArticleUrl,
            PublishedAt = SeedStory.PublishedAt,
            Language = "en",
            Body = SeedStory.Body,
        };
        article.RefreshSortKey();

        var claims = SampleClaims.Build(article, actors);
        db.Actors.AddRange(actors.All);
        db.Articles.Add(article);
        db.Claims.AddRange(claims.Claims);
        db.ClaimRelations.AddRange(claims.Relations);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded the sample story: {Claims} claims by {Actors} actors.", claims.Claims.Count, actors.All.Count());
    }
}
