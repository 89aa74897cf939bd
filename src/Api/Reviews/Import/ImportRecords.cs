using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>
/// The actors and articles one import finds or creates, each looked up once per request: a feed of 200 reviews by one
/// fact-checker finds the fact-checker once, and two reviews of one new speaker create one actor. New records are only
/// held here until <see cref="AddTo"/> hands them to the context, which a dry run never does.
/// </summary>
internal sealed class ImportRecords(AppDbContext db)
{
    private readonly Dictionary<string, (Actor? New, ImportedActor Actor)> actors = [];
    private readonly Dictionary<string, (Article? New, Guid Id, DateTime? PublishedAt)> articles = new(StringComparer.Ordinal);

    /// <summary>The actor who answers to the name (or one of its aliases, any case); when none does, a new one if <paramref name="create"/>.</summary>
    public async Task<ImportedActor?> ActorAsync(ActorInput input, bool create, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(input.Name);
        if (key.Length == 0)
        {
            return null;
        }

        if (actors.TryGetValue(key, out var known))
        {
            return known.Actor;
        }

        var stored = await db.ActorNames.Where(n => n.Normalized == key)
            .Join(db.Actors, n => n.ActorId, a => a.Id, (n, a) => new { a.Id, a.Name }).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            var found = new ImportedActor(stored.Id, stored.Name, Created: false);
            actors[key] = (null, found);
            return found;
        }

        if (!create)
        {
            return null;
        }

        var actor = new Actor(input.Name, input.Kind) { WikidataId = input.WikidataId };
        var created = new ImportedActor(actor.Id, actor.Name, Created: true);
        actors[key] = (actor, created);
        return created;
    }

    /// <summary>The stored article at this URL, or null.</summary>
    public async Task<Guid?> StoredArticleAsync(string url, CancellationToken cancellationToken)
    {
        if (articles.TryGetValue(url, out var known))
        {
            return known.New is null ? known.Id : null;
        }

        var stored = await db.Articles.Where(a => a.CanonicalUrl == url).Select(a => new { a.Id, a.PublishedAt }).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            articles[url] = (null, stored.Id, stored.PublishedAt);
        }

        return stored?.Id;
    }

    /// <summary>The article at the appearance's URL, recorded from what the markup says of it when the newsroom has none.</summary>
    public async Task<(Guid Id, bool Created, DateTime? PublishedAt)> ArticleAsync(AppearanceInput appearance, string fallbackLanguage, CancellationToken cancellationToken)
    {
        if (articles.TryGetValue(appearance.Url, out var known) || (await StoredArticleAsync(appearance.Url, cancellationToken) is not null
            && articles.TryGetValue(appearance.Url, out known)))
        {
            return (known.Id, known.New is not null, known.PublishedAt);
        }

        // Known only by its address: no body, so the claim has no spans; an editor can add the text later.
        var article = new Article
        {
            Headline = appearance.Headline ?? Shortened($"Appearance at {appearance.Url}"),
            CanonicalUrl = appearance.Url,
            PublishedAt = appearance.PublishedAt,
            Language = appearance.Language ?? fallbackLanguage,
            Body = "",
        };
        article.RefreshSortKey();
        articles[appearance.Url] = (article, article.Id, article.PublishedAt);
        return (article.Id, true, article.PublishedAt);
    }

    private static string Shortened(string text) => text.Length <= Limits.Headline ? text : text[..(Limits.Headline - 1)] + "…";

    /// <summary>Hands every record this import created to the context, to be saved with the reviews.</summary>
    public void AddTo(AppDbContext context)
    {
        context.Actors.AddRange(actors.Values.Select(a => a.New).OfType<Actor>());
        context.Articles.AddRange(articles.Values.Select(a => a.New).OfType<Article>());
    }
}
