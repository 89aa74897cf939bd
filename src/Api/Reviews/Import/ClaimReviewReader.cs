using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>
/// Reads ClaimReview markup as fact-checkers publish it: one ClaimReview, an array of them, a <c>DataFeed</c> (its
/// <c>dataFeedElement</c>s, or <c>DataFeedItem</c>s holding them as <c>item</c>), or an <c>@graph</c>; nodes of other
/// types beside them (a WebPage, an Organization) are passed over. Everything that cannot be read is reported at once,
/// each under its JSONPath (<c>$.dataFeedElement[2].reviewRating.ratingValue</c>): the import then answers 400 and
/// writes nothing.
/// </summary>
public static partial class ClaimReviewReader
{
    public const int MaxReviews = 500;

    public static IReadOnlyList<ClaimReviewInput> Read(JsonElement body)
    {
        RequireUtf8(body);
        var document = new JsonLdNodes(body);
        var found = new List<JsonLdNode>();
        switch (body.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in body.EnumerateArray())
                {
                    Collect(document, document.Node(item, JsonLdNodes.Item("$", i++)), found, among: true);
                }

                break;
            case JsonValueKind.Object:
                Collect(document, document.Node(body, "$"), found, among: false);
                break;
            default:
                document.Error("$", "The body must be a ClaimReview, an array of them, or a DataFeed of them (JSON-LD).");
                break;
        }

        if (!document.HasErrors && found.Count == 0)
        {
            document.Error("$", "No ClaimReview found: send a ClaimReview, an array of them, or a DataFeed of them.");
        }

        if (found.Count > MaxReviews)
        {
            document.Error("$", $"At most {MaxReviews} reviews per import ({found.Count} sent); split the feed.");
        }

        var reviews = found.Take(MaxReviews).Select(node => ReadReview(document, node)).OfType<ClaimReviewInput>().ToList();
        if (document.HasErrors)
        {
            throw document.Failure();
        }

        return reviews;
    }

    /// <summary>
    /// The body was parsed as JSON, but its strings are decoded only when read: a byte that is not UTF-8 would surface
    /// half-way through reading as an exception (a 500). Decoding it whole once (one copy of a body the size limit bounds)
    /// refuses it up front as the 400 it is.
    /// </summary>
    private static void RequireUtf8(JsonElement body)
    {
        try
        {
            _ = body.GetRawText();
        }
        catch (InvalidOperationException)
        {
            var errors = new ModelStateDictionary();
            errors.AddModelError("$", "The body is not valid UTF-8.");
            throw new ValidationFailedException(errors);
        }
    }

    /// <summary>Finds the ClaimReviews in a node; <paramref name="among"/> says the node sits among others (an array, a graph), where other types are passed over.</summary>
    private static void Collect(JsonLdNodes document, JsonLdNode node, List<JsonLdNode> found, bool among)
    {
        if (node.Element.ValueKind != JsonValueKind.Object)
        {
            document.Error(node.Path, "Must be a JSON-LD object.");
            return;
        }

        CheckContext(document, node);
        if (node.Element.TryGetProperty("@graph", out var graph))
        {
            var graphPath = JsonLdNodes.Child(node.Path, "@graph");
            if (graph.ValueKind != JsonValueKind.Array)
            {
                document.Error(graphPath, "Must be an array of nodes.");
                return;
            }

            var i = 0;
            foreach (var item in graph.EnumerateArray())
            {
                Collect(document, document.Node(item, JsonLdNodes.Item(graphPath, i++)), found, among: true);
            }

            return;
        }

        if (node.Is("ClaimReview"))
        {
            found.Add(node);
        }
        else if (node.Is("DataFeed"))
        {
            foreach (var element in node.Nodes("dataFeedElement", (_, path) => document.Error(path, "Must be a ClaimReview or a DataFeedItem.")))
            {
                if (element.Is("DataFeedItem"))
                {
                    foreach (var item in element.Nodes("item", (_, path) => document.Error(path, "Must be a ClaimReview.")))
                    {
                        Collect(document, item, found, among: true);
                    }
                }
                else
                {
                    Collect(document, element, found, among: true);
                }
            }
        }
        else if (!among)
        {
            var type = node.Types.Count == 0 ? "no @type" : string.Join(", ", node.Types);
            document.Error(JsonLdNodes.Child(node.Path, "@type"), $"Expected a ClaimReview or a DataFeed of them; found {type}.");
        }
    }

    /// <summary>A context other than schema.org's would give the same words other meanings.</summary>
    private static void CheckContext(JsonLdNodes document, JsonLdNode node)
    {
        if (!node.Element.TryGetProperty("@context", out var context))
        {
            return;
        }

        var ok = context.ValueKind switch
        {
            JsonValueKind.String => IsSchemaOrg(context.GetString()),
            JsonValueKind.Array => context.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Object || (c.ValueKind == JsonValueKind.String && IsSchemaOrg(c.GetString()))),
            JsonValueKind.Object => !context.TryGetProperty("@vocab", out var vocab) || (vocab.ValueKind == JsonValueKind.String && IsSchemaOrg(vocab.GetString())),
            _ => false,
        };
        if (!ok)
        {
            document.Error(JsonLdNodes.Child(node.Path, "@context"), "Only schema.org's context is understood (\"@context\": \"https://schema.org\").");
        }
    }

    private static bool IsSchemaOrg(string? context) => context is not null && SchemaOrgContext().IsMatch(context.Trim());

    private static ClaimReviewInput? ReadReview(JsonLdNodes document, JsonLdNode review)
    {
        var reviewer = Actor(document, review, "author", ActorKind.Organisation)
            ?? Actor(document, review, "publisher", ActorKind.Organisation);
        if (reviewer is null)
        {
            document.Error(JsonLdNodes.Child(review.Path, "author"), "A ClaimReview needs its author, the fact-checker, with a name.");
        }

        var item = review.Nodes("itemReviewed").FirstOrDefault();
        var claimed = Limited(document, review, "claimReviewed", Limits.Content)
            ?? (item.Element.ValueKind == JsonValueKind.Object ? Limited(document, item, "text", Limits.Content) ?? Limited(document, item, "name", Limits.Content) : null);
        if (claimed is null)
        {
            document.Error(JsonLdNodes.Child(review.Path, "claimReviewed"), "A ClaimReview needs claimReviewed: the claim as the fact-checker words it.");
        }

        var url = Url(document, review, "url", required: true);
        var rating = ReadRating(document, review);
        var published = Date(document, review, "datePublished");
        var claim = item.Element.ValueKind == JsonValueKind.Object ? ReadClaim(document, item, claimed) : new ReviewedClaimInput(claimed ?? "", null, null, null, []);
        if (reviewer is null || claimed is null || url is null || rating is null)
        {
            return null;
        }

        return new ClaimReviewInput(
            review.Path,
            reviewer,
            claim,
            rating,
            claimed,
            url,
            Limited(document, review, "headline", Limits.Headline) ?? Limited(document, review, "name", Limits.Headline),
            Limited(document, review.Nodes("reviewRating").FirstOrDefault() is { Element.ValueKind: JsonValueKind.Object } r ? r : review, "ratingExplanation", Limits.Description)
                ?? Limited(document, review, "description", Limits.Description),
            published?.Date,
            Language(document, review));
    }

    private static Rating? ReadRating(JsonLdNodes document, JsonLdNode review)
    {
        var node = review.Nodes("reviewRating", (_, path) => document.Error(path, "Must be a Rating object.")).FirstOrDefault();
        if (node.Element.ValueKind != JsonValueKind.Object)
        {
            if (review.First("reviewRating") is null)
            {
                document.Error(JsonLdNodes.Child(review.Path, "reviewRating"), "A ClaimReview needs its reviewRating: a ratingValue, an alternateName, or both.");
            }

            return null;
        }

        var words = Limited(document, node, "alternateName", Limits.Headline) ?? Limited(document, node, "name", Limits.Headline);
        var value = Number(document, node, "ratingValue", out var valueWords);
        if (valueWords is not null)
        {
            // Some publishers put the words in ratingValue; they count as words when the rating has no other.
            if (words is null && valueWords.Length <= Limits.Headline)
            {
                words = valueWords;
            }
            else
            {
                document.Error(node.First("ratingValue")!.Value.Path, "Must be a number; the words for the rating go in alternateName.");
            }
        }

        var rating = new Rating(value, Number(document, node, "bestRating", out var best), Number(document, node, "worstRating", out var worst), words);
        foreach (var (term, text) in new[] { ("bestRating", best), ("worstRating", worst) })
        {
            if (text is not null)
            {
                document.Error(node.First(term)!.Value.Path, "Must be a number.");
            }
        }

        if (best is null && worst is null && rating.Problem() is { } problem)
        {
            document.Error(node.Path, problem);
            return null;
        }

        return rating;
    }

    [GeneratedRegex(@"^https?://schema\.org(/|/docs/jsonldcontext\.jsonld?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaOrgContext();

    [GeneratedRegex(@"wikidata\.org/(?:wiki|entity)/(Q[1-9][0-9]{0,12})$")]
    private static partial Regex Wikidata();
}
