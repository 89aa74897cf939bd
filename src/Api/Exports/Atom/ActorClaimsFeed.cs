using System.ServiceModel.Syndication;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Exports.Atom;

/// <summary>An actor's newest claims as an Atom 1.0 feed, one entry per claim, linking the article it appeared in.</summary>
public static class ActorClaimsFeed
{
    public const int Size = 50;

    /// <remarks>Every stored text goes through <see cref="XmlChars.Clean(string)"/>: the feed is XML, which cannot carry every character.</remarks>
    public static SyndicationFeed Build(Actor actor, IReadOnlyList<ClaimResponse> claims, IReadOnlyDictionary<Guid, Article> articles, ApiLinks links)
    {
        var name = XmlChars.Clean(actor.Name);
        var feed = new SyndicationFeed
        {
            Id = links.ActorFeed(actor.Id),
            Title = new TextSyndicationContent($"Claims by {name}"),
            Description = new TextSyndicationContent($"The newest {Size} statements attributed to {name}, each with who reported it."),
            LastUpdatedTime = claims.Select(c => c.UpdatedAt).Append(actor.UpdatedAt).Max(),
            Generator = "Newsroom Claims",
        };
        feed.Authors.Add(new SyndicationPerson { Name = name, Uri = links.Actor(actor.Id) });
        feed.Links.Add(new SyndicationLink(new Uri(links.ActorFeed(actor.Id)), "self", null, ExportMediaTypes.Atom, 0));
        feed.Links.Add(new SyndicationLink(new Uri(links.Actor(actor.Id)), "related", name, ExportMediaTypes.Json, 0));
        feed.Items = claims.Select(c => Entry(c, articles.GetValueOrDefault(c.ArticleId), links)).ToList();
        return feed;
    }

    private static SyndicationItem Entry(ClaimResponse claim, Article? article, ApiLinks links)
    {
        var speaker = XmlChars.Clean(claim.Speaker.ActorName ?? claim.Speaker.Description ?? "unnamed source");
        var content = XmlChars.Clean(claim.Content);
        var title = claim.Cue is null ? $"{speaker}: {content}" : $"{speaker} {XmlChars.Clean(claim.Cue)}: {content}";
        var item = new SyndicationItem
        {
            Id = $"urn:uuid:{claim.Id}",
            Title = new TextSyndicationContent(title.Length > 140 ? title[..139] + "…" : title),
            Summary = new TextSyndicationContent($"{content}\n\nChain: {XmlChars.Clean(Csv.ClaimCsv.Chain(claim.Chain))}"),
            LastUpdatedTime = claim.UpdatedAt,
            PublishDate = claim.SaidOn?.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? article?.PublishedAt ?? claim.CreatedAt,
        };
        item.Authors.Add(new SyndicationPerson { Name = speaker });
        item.Links.Add(new SyndicationLink(new Uri(links.Claim(claim.Id)), "related", "The claim in the API", ExportMediaTypes.Json, 0));
        if (article is not null && Uri.TryCreate(article.CanonicalUrl, UriKind.Absolute, out var url))
        {
            item.Links.Add(new SyndicationLink(url, "alternate", XmlChars.Clean(article.Headline), "text/html", 0));
        }

        foreach (var topic in claim.Topics)
        {
            item.Categories.Add(new SyndicationCategory(XmlChars.Clean(topic)));
        }

        return item;
    }
}
