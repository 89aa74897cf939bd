using System.Text.Json.Nodes;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Exports.JsonLd;

/// <summary>
/// A claim as a schema.org <c>Claim</c>: the speaker is its <c>author</c>; its <c>appearance</c> lists the articles the
/// statement it makes appeared in (this claim's article, and those of the other claims of its statement, by date) and
/// <c>firstAppearance</c> names the first, as ClaimReview markup uses them.
/// The attribution chain is PROV-O (<see cref="ProvChain"/>): the claim as printed <c>prov:wasQuotedFrom</c> the
/// outermost reporter's account, which was quoted from the next one's, down to the speaker's own statement.
/// </summary>
public sealed class ClaimJsonLd(ApiLinks links, IReadOnlyDictionary<Guid, Article> articles, IReadOnlyDictionary<Guid, Actor> actors,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>? appearances = null)
{
    public static JsonObject Context() => new()
    {
        ["@vocab"] = "https://schema.org/",
        ["prov"] = "http://www.w3.org/ns/prov#",
    };

    public JsonObject Document(ClaimResponse claim)
    {
        var node = Node(claim);
        var document = new JsonObject { ["@context"] = Context() };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            document[key] = value;
        }

        return document;
    }

    public JsonObject Graph(IEnumerable<ClaimResponse> claims) => new()
    {
        ["@context"] = Context(),
        ["@graph"] = new JsonArray([.. claims.Select(c => (JsonNode)Node(c))]),
    };

    private JsonObject Node(ClaimResponse claim)
    {
        var id = links.Claim(claim.Id);
        var node = new JsonObject
        {
            ["@type"] = "Claim",
            ["@id"] = id,
            ["text"] = claim.Content,
            ["author"] = Agent(claim.Speaker),
            ["appearance"] = new JsonArray([.. AppearancesOf(claim).Select(a => (JsonNode)Appearance(a))]),
            ["firstAppearance"] = Appearance(claim.FirstAppearance?.ArticleId ?? claim.ArticleId),
        };
        new ProvChain("prov:", Agent).Describe(node, claim, id);
        if (claim.Quote is not null)
        {
            node["hasPart"] = new JsonObject { ["@type"] = "Quotation", ["text"] = claim.Quote };
        }

        if (claim.SaidOn is not null)
        {
            node["dateCreated"] = claim.SaidOn.Date.ToString("yyyy-MM-dd");
        }

        if (claim.Topics.Count > 0)
        {
            node["keywords"] = new JsonArray([.. claim.Topics.Select(t => (JsonNode)JsonValue.Create(t))]);
        }

        if (claim.About.Count > 0)
        {
            node["about"] = new JsonArray([.. claim.About.Select(a => (JsonNode)ActorAgent(a.Id, a.Name))]);
        }

        node["dateModified"] = claim.UpdatedAt.ToString("O");
        return node;
    }

    /// <summary>The statement's articles by date, this claim's own among them (a claim not grouped yet appeared in its article only).</summary>
    private IEnumerable<Guid> AppearancesOf(ClaimResponse claim)
    {
        var statement = claim.StatementId is { } id && appearances?.TryGetValue(id, out var found) == true ? found : [];
        return statement.Contains(claim.ArticleId) ? statement : statement.Append(claim.ArticleId);
    }

    private JsonObject Appearance(Guid articleId)
    {
        var appearance = new JsonObject { ["@type"] = "NewsArticle", ["@id"] = links.Article(articleId) };
        if (articles.TryGetValue(articleId, out var article))
        {
            appearance["url"] = article.CanonicalUrl;
            appearance["headline"] = article.Headline;
            appearance["inLanguage"] = article.Language;
            if (article.PublishedAt is { } published)
            {
                appearance["datePublished"] = published.ToString("O");
            }

            if (article.Publisher is { } publisher)
            {
                appearance["publisher"] = ActorAgent(publisher.Id, publisher.Name);
            }
        }

        return appearance;
    }

    private JsonObject Agent(LinkResponse link) => link.ActorId is { } actorId
        ? ActorAgent(actorId, link.ActorName ?? "")
        : new JsonObject { ["@type"] = "prov:Agent", ["name"] = link.Description ?? "unnamed source" };

    private JsonObject ActorAgent(Guid id, string name)
    {
        actors.TryGetValue(id, out var actor);
        var agent = new JsonObject
        {
            ["@type"] = new JsonArray(SchemaType(actor?.Kind), "prov:Agent"),
            ["@id"] = links.Actor(id),
            ["name"] = name,
        };
        if (actor?.WikidataId is { } wikidata)
        {
            agent["sameAs"] = $"https://www.wikidata.org/wiki/{wikidata}";
        }

        return agent;
    }

    private static string SchemaType(ActorKind? kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Government => "GovernmentOrganization",
        ActorKind.Outlet => "NewsMediaOrganization",
        _ => "Organization",
    };
}
