using System.Globalization;
using System.Text.Json.Nodes;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Exports.JsonLd;

/// <summary>
/// A review as schema.org <c>ClaimReview</c> markup with every property Google's fact-check guidelines require
/// (<c>claimReviewed</c>, <c>reviewRating</c> with <c>alternateName</c>, <c>url</c>) and recommend (<c>author</c>,
/// <c>datePublished</c>, <c>itemReviewed</c>: a <c>Claim</c> with <c>author</c>, <c>datePublished</c>,
/// <c>appearance</c> and <c>firstAppearance</c>; the rating's <c>ratingValue</c>, <c>bestRating</c>,
/// <c>worstRating</c> and <c>name</c> when the reviewer's scale has numbers). The claim's speaker is its author, the
/// article its appearance, and its attribution chain is PROV-O as in the claim export.
/// </summary>
/// <remarks>
/// The context is schema.org's alone, as Google reads it (it ignores documents that declare other contexts); the PROV
/// terms are therefore written as full IRIs (<c>http://www.w3.org/ns/prov#wasQuotedFrom</c>), which JSON-LD keeps as
/// they are under any context. A review without a URL of its own is published at the API's address for it; one whose
/// reviewer gave no words for the rating gets the words of its verdict ("Mostly true"), since Google shows only those.
/// Dates fall back to what the newsroom knows: a review's publication day to the day it was recorded, a claim's date to
/// its article's, else to when the claim was recorded. A rating in words only (Full Fact's) has no numbers to give.
/// </remarks>
public sealed class ClaimReviewJsonLd(ApiLinks links, IReadOnlyDictionary<Guid, Article> articles, IReadOnlyDictionary<Guid, Actor> actors)
{
    public const string Context = "https://schema.org";

    /// <summary>One review as a document of its own.</summary>
    public JsonObject Document(ReviewResponse review, ClaimResponse claim)
    {
        var document = new JsonObject { ["@context"] = Context };
        foreach (var (key, value) in Node(review, claim).ToList())
        {
            document[key] = value?.DeepClone();
        }

        return document;
    }

    /// <summary>A page of reviews as the feed fact-checkers hand to search engines: a <c>DataFeed</c> of ClaimReviews.</summary>
    public JsonObject Feed(IEnumerable<(ReviewResponse Review, ClaimResponse Claim)> reviews, DateTime modified) => new()
    {
        ["@context"] = Context,
        ["@type"] = "DataFeed",
        ["@id"] = links.Reviews,
        ["name"] = "Fact checks",
        ["dateModified"] = Timestamp(modified),
        ["dataFeedElement"] = new JsonArray([.. reviews.Select(r => (JsonNode)Node(r.Review, r.Claim))]),
    };

    /// <summary>The words Google shows for a verdict when the reviewer gave none.</summary>
    public static string Words(Verdict verdict) => verdict switch
    {
        Verdict.False => "False",
        Verdict.Misleading => "Misleading",
        Verdict.Mixed => "Mixed",
        Verdict.MostlyTrue => "Mostly true",
        Verdict.True => "True",
        _ => "Unrated",
    };

    private JsonObject Node(ReviewResponse review, ClaimResponse claim)
    {
        var id = links.Review(review.Id);
        var node = new JsonObject
        {
            ["@type"] = "ClaimReview",
            ["@id"] = id,
            ["url"] = review.Url ?? id,
            ["claimReviewed"] = review.ClaimReviewed ?? claim.Content,
            ["author"] = ActorNode(review.Reviewer.Id, review.Reviewer.Name, ActorKind.Organisation),
            ["reviewRating"] = RatingNode(review),
            ["itemReviewed"] = ClaimNode(claim),
        };
        if (review.Headline is { } headline)
        {
            node["name"] = headline;
            node["headline"] = headline;
        }

        node["datePublished"] = Day(review.PublishedOn ?? DateOnly.FromDateTime(review.CreatedAt));

        node["dateModified"] = Timestamp(review.UpdatedAt);
        if (review.Language is { } language)
        {
            node["inLanguage"] = language;
        }

        return node;
    }

    private static JsonObject RatingNode(ReviewResponse review)
    {
        var words = review.Rating.AlternateName ?? Words(review.Verdict);
        var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = words, ["name"] = words };
        if (review.Rating.RatingValue is { } value)
        {
            rating["ratingValue"] = value;
            rating["bestRating"] = review.Rating.BestRating ?? Rating.DefaultBest;
            rating["worstRating"] = review.Rating.WorstRating ?? Rating.DefaultWorst;
        }

        if (review.Summary is { } summary)
        {
            rating["ratingExplanation"] = summary;
        }

        return rating;
    }

    /// <summary>The claim: its speaker as author, the article it appeared in (the earliest appearance the newsroom recorded), and its chain in PROV-O.</summary>
    private JsonObject ClaimNode(ClaimResponse claim)
    {
        var id = links.Claim(claim.Id);
        articles.TryGetValue(claim.ArticleId, out var article);
        var node = new JsonObject
        {
            ["@type"] = "Claim",
            ["@id"] = id,
            ["text"] = claim.Content,
            ["author"] = Agent(claim.Speaker),
        };
        node["datePublished"] = claim.SaidOn is { } said ? Day(said.Date) : Timestamp(article?.PublishedAt ?? claim.CreatedAt);

        node["appearance"] = Appearance(claim.ArticleId, article);
        node["firstAppearance"] = Appearance(claim.ArticleId, article);
        new ProvChain(ProvChain.Namespace, Agent).Describe(node, claim, id);
        return node;
    }

    private JsonObject Appearance(Guid articleId, Article? article)
    {
        var appearance = new JsonObject { ["@type"] = "NewsArticle", ["@id"] = links.Article(articleId) };
        if (article is null)
        {
            return appearance;
        }

        appearance["url"] = article.CanonicalUrl;
        appearance["headline"] = article.Headline;
        appearance["inLanguage"] = article.Language;
        if (article.PublishedAt is { } published)
        {
            appearance["datePublished"] = Timestamp(published);
        }

        if (article.Publisher is { } publisher)
        {
            appearance["publisher"] = ActorNode(publisher.Id, publisher.Name, publisher.Kind);
        }

        return appearance;
    }

    /// <summary>A link's agent: a known actor, or an unnamed source by its description (an organisation: schema.org's author is a Person or an Organization).</summary>
    private JsonObject Agent(LinkResponse link) => link.ActorId is { } actorId
        ? ActorNode(actorId, link.ActorName ?? "", actors.TryGetValue(actorId, out var actor) ? actor.Kind : ActorKind.Person)
        : new JsonObject { ["@type"] = "Organization", ["name"] = link.Description ?? "unnamed source" };

    private JsonObject ActorNode(Guid id, string name, ActorKind fallback)
    {
        actors.TryGetValue(id, out var actor);
        var node = new JsonObject
        {
            ["@type"] = (actor?.Kind ?? fallback) == ActorKind.Person ? "Person" : "Organization",
            ["@id"] = links.Actor(id),
            ["name"] = name,
        };
        if (actor?.WikidataId is { } wikidata)
        {
            node["sameAs"] = $"https://www.wikidata.org/wiki/{wikidata}";
        }

        return node;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
