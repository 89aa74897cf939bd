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

    private static ReviewedClaimInput ReadClaim(JsonLdNodes document, JsonLdNode item, string? claimed)
    {
        var urls = new List<string>();
        if (item.Id is { } id)
        {
            urls.Add(id);
        }

        foreach (var term in (string[])["url", "sameAs"])
        {
            urls.AddRange(item.Values(term).Where(v => v.Value.ValueKind == JsonValueKind.String).Select(v => v.Value.GetString()!));
        }

        var said = Date(document, item, "datePublished") ?? Date(document, item, "dateCreated");
        var appearance = Appearance(document, item, "firstAppearance") ?? Appearance(document, item, "appearance");
        return new ReviewedClaimInput(claimed ?? "", Actor(document, item, "author", ActorKind.Person),
            said is { } s ? new ApproximateDate(s.Date, s.Precision) : null, appearance, urls);
    }

    private static AppearanceInput? Appearance(JsonLdNodes document, JsonLdNode claim, string term)
    {
        AppearanceInput? found = null;
        foreach (var (value, path) in claim.Values(term))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                found ??= CheckedUrl(document, value.GetString(), path) is { } url ? new AppearanceInput(url, null, null, null) : null;
                continue;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                document.Error(path, "Must be a URL or a CreativeWork with a url.");
                continue;
            }

            var work = document.Resolve(document.Node(value, path));
            var address = work.First("url") is { } u ? CheckedUrl(document, u.Value.ValueKind == JsonValueKind.String ? u.Value.GetString() : null, u.Path)
                : work.Id is { } id && Uri.TryCreate(id, UriKind.Absolute, out _) ? CheckedUrl(document, id, JsonLdNodes.Child(path, "@id")) : null;
            if (address is not null && found is null)
            {
                var published = Date(document, work, "datePublished");
                found = new AppearanceInput(address, Limited(document, work, "headline", Limits.Headline) ?? Limited(document, work, "name", Limits.Headline),
                    published?.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Language(document, work));
            }
        }

        return found;
    }

    /// <summary>An actor named in the markup, as an object (Person, Organization, ...) or only by name.</summary>
    private static ActorInput? Actor(JsonLdNodes document, JsonLdNode node, string term, ActorKind fallback)
    {
        string? plain = null;
        foreach (var actor in node.Nodes(term, (words, _) => plain ??= words))
        {
            var name = Limited(document, actor, "name", Limits.Name) ?? Limited(document, actor, "alternateName", Limits.Name);
            if (name is null || NameKey.Of(name).Length == 0)
            {
                continue;
            }

            var wikidata = actor.Values("sameAs").Where(v => v.Value.ValueKind == JsonValueKind.String)
                .Select(v => Wikidata().Match(v.Value.GetString()!)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            return new ActorInput(name, Kind(actor, fallback), wikidata);
        }

        return plain is { Length: <= Limits.Name } && NameKey.Of(plain).Length > 0 ? new ActorInput(plain, fallback, null) : null;
    }

    private static ActorKind Kind(JsonLdNode actor, ActorKind fallback) =>
        actor.Is("Person") ? ActorKind.Person
        : actor.Is("GovernmentOrganization") ? ActorKind.Government
        : actor.Is("NewsMediaOrganization") ? ActorKind.Outlet
        : actor.Types.Count > 0 && !actor.Is("Thing") ? ActorKind.Organisation
        : fallback;

    private static string? Limited(JsonLdNodes document, JsonLdNode node, string term, int limit)
    {
        var text = node.Text(term);
        if (text is not null && text.Length > limit)
        {
            document.Error(node.First(term)!.Value.Path, $"At most {limit} characters.");
            return null;
        }

        return text;
    }

    /// <summary>The term as a number; <paramref name="words"/> gets its text when it is text but no number.</summary>
    private static decimal? Number(JsonLdNodes document, JsonLdNode node, string term, out string? words)
    {
        words = null;
        if (node.First(term) is not { } first)
        {
            return null;
        }

        var text = node.Text(first.Value, first.Path);
        var number = text is null ? null : ImportText.Number(text);
        if (number is null && text is not null)
        {
            words = text;
        }

        return number is > 1_000_000_000m or < -1_000_000_000m ? Fail(document, first.Path) : number;

        static decimal? Fail(JsonLdNodes document, string path)
        {
            document.Error(path, "Must be a number between -1,000,000,000 and 1,000,000,000.");
            return null;
        }
    }

    private static (DateOnly Date, DatePrecision Precision)? Date(JsonLdNodes document, JsonLdNode node, string term)
    {
        if (node.First(term) is not { } first || node.Text(first.Value, first.Path) is not { } text)
        {
            return null;
        }

        if (ImportText.Date(text) is { Date.Year: >= 1800 and <= 2200 } date)
        {
            return date;
        }

        document.Error(first.Path, $"'{Shorten(text)}' is not a date this API can read: use ISO 8601 (2024-03-05 or 2024-03-05T10:00:00Z).");
        return null;
    }

    private static string? Url(JsonLdNodes document, JsonLdNode node, string term, bool required)
    {
        if (node.First(term) is not { } first)
        {
            if (required)
            {
                document.Error(JsonLdNodes.Child(node.Path, term), "Required: the address of the fact check (an absolute http or https URL).");
            }

            return null;
        }

        return CheckedUrl(document, first.Value.ValueKind == JsonValueKind.String ? first.Value.GetString() : null, first.Path);
    }

    private static string? CheckedUrl(JsonLdNodes document, string? value, string path)
    {
        var url = value?.Trim();
        if (url is { Length: <= Limits.Url } && ReviewRequestValidator.BeHttpUrl(url))
        {
            return url;
        }

        document.Error(path, "Must be an absolute http or https URL.");
        return null;
    }

    /// <summary>The language: a tag in any case ("en_GB"), a language's name ("English"), or a Language node with either.</summary>
    private static string? Language(JsonLdNodes document, JsonLdNode node)
    {
        var candidates = new List<(string Text, string Path)>();
        foreach (var language in node.Nodes("inLanguage", (words, path) => candidates.Add((words, path))))
        {
            foreach (var term in (string[])["alternateName", "name"])
            {
                if (language.Text(term) is { } text)
                {
                    candidates.Add((text, language.Path));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var tag = candidates.Select(c => Infrastructure.LanguageTags.Normalise(c.Text)).FirstOrDefault(t => t is not null);
        if (tag is null)
        {
            document.Error(candidates[0].Path, $"'{Shorten(candidates[0].Text)}' names no language: use a BCP 47 tag such as 'en' or 'es-AR'.");
        }

        return tag;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^https?://schema\.org(/|/docs/jsonldcontext\.jsonld?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaOrgContext();

    [GeneratedRegex(@"wikidata\.org/(?:wiki|entity)/(Q[1-9][0-9]{0,12})$")]
    private static partial Regex Wikidata();
}
