using System.Text.Json.Nodes;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Exports.Ninjs;

/// <summary>
/// An article as an IPTC ninjs 2.1 news item. People and organisations come from the article's actors:
/// its publisher, everyone in its claims' chains (rel "source", or "speaker" for the chain's last link)
/// and everyone its claims are about (rel "subject"). Anonymous sources have no ninjs slot and stay out.
/// </summary>
public static class ArticleNinjs
{
    public const string Version = "2.1";
    public const string Schema = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";

    public static JsonObject Build(Article article, IReadOnlyList<DomainClaim> claims, ApiLinks links)
    {
        var item = new JsonObject
        {
            ["uri"] = links.Article(article.Id),
            ["standard"] = new JsonObject { ["name"] = "ninjs", ["version"] = Version, ["schema"] = Schema },
            ["type"] = "text",
            ["representationtype"] = "full",
            ["version"] = article.Version.ToString("N"),
            ["firstcreated"] = article.CreatedAt.ToString("O"),
            ["versioncreated"] = article.UpdatedAt.ToString("O"),
            ["pubstatus"] = "usable",
            ["language"] = article.Language,
            ["headlines"] = new JsonArray(new JsonObject { ["role"] = "main", ["value"] = article.Headline }),
            ["bodies"] = new JsonArray(new JsonObject
            {
                ["role"] = "main",
                ["contenttype"] = "text/plain",
                ["charcount"] = article.Body.Length,
                ["wordcount"] = article.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
                ["value"] = article.Body,
            }),
            ["altids"] = new JsonArray(new JsonObject { ["role"] = "canonical-url", ["value"] = article.CanonicalUrl }),
        };
        if (article.PublishedAt is { } published)
        {
            item["contentcreated"] = published.ToString("O");
        }

        if (article.Byline is { Length: > 0 } byline)
        {
            item["by"] = byline;
        }

        var related = Related(article, claims);
        item["people"] = Entries(related.Where(r => r.Actor.Kind == ActorKind.Person), links);
        item["organisations"] = Entries(related.Where(r => r.Actor.Kind is ActorKind.Organisation or ActorKind.Government or ActorKind.Outlet), links);
        var topics = claims.SelectMany(c => c.Topics).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
        if (topics.Count > 0)
        {
            item["subjects"] = new JsonArray([.. topics.Select(t => (JsonNode)new JsonObject { ["name"] = t, ["rel"] = "topic" })]);
        }

        return item;
    }

    private static List<(Actor Actor, string Rel)> Related(Article article, IReadOnlyList<DomainClaim> claims)
    {
        var related = new List<(Actor, string)>();
        if (article.Publisher is { } publisher)
        {
            related.Add((publisher, "publisher"));
        }

        foreach (var claim in claims)
        {
            var chain = claim.Chain.OrderBy(l => l.Position).ToList();
            related.AddRange(chain.Where(l => l.Actor is not null)
                .Select(l => (l.Actor!, l.Position == chain.Count - 1 ? "speaker" : "source")));
            related.AddRange(claim.Subjects.Where(s => s.Actor is not null).Select(s => (s.Actor!, "subject")));
        }

        return related;
    }

    private static readonly string[] RelPriority = ["publisher", "speaker", "source", "subject"];

    /// <summary>One entry per actor, in order of first appearance, with its strongest relation to the article.</summary>
    private static JsonArray Entries(IEnumerable<(Actor Actor, string Rel)> related, ApiLinks links) =>
        new([.. related.GroupBy(r => r.Actor.Id)
            .Select(g => (JsonNode)Entry(g.First().Actor, g.Select(r => r.Rel).MinBy(r => Array.IndexOf(RelPriority, r))!, links))]);

    private static JsonObject Entry(Actor actor, string rel, ApiLinks links)
    {
        var entry = new JsonObject { ["name"] = actor.Name, ["rel"] = rel, ["uri"] = links.Actor(actor.Id) };
        if (actor.WikidataId is { } wikidata)
        {
            entry["literal"] = $"wikidata:{wikidata}";
        }

        return entry;
    }
}
