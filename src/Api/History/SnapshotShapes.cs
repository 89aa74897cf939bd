using System.Text.Json.Nodes;

namespace NewsroomClaims.Api.History;

/// <summary>
/// A revision is stored as the entity's columns (<c>contentStart</c>, <c>speakerId</c>, the chain's rows); a client
/// reads it in the API's own shapes, the fields it writes: a claim as its <c>speaker</c>, <c>reportedBy</c>, spans and
/// <c>saidOn</c>, an actor as its <c>name</c> and <c>aliases</c>. Done when read, so revisions stored before (and by any
/// version of the storage) read the same way: spans kept as two columns or as one object both come out as a span.
/// </summary>
internal static class SnapshotShapes
{
    public static JsonObject Claim(JsonObject stored)
    {
        var chain = (stored["chain"] as JsonArray ?? []).OfType<JsonObject>().Select(Link).ToList();
        var shaped = new JsonObject
        {
            ["articleId"] = Copy(stored, "articleId"),
            ["content"] = Copy(stored, "content"),
            ["quote"] = Copy(stored, "quote"),
            ["kind"] = Copy(stored, "kind"),
            ["cue"] = Copy(stored, "cue"),
            ["cueSpan"] = Span(stored, "cueSpan", "cueStart", "cueEnd"),
            ["contentSpan"] = Span(stored, "contentSpan", "contentStart", "contentEnd"),
            ["speaker"] = chain.Count > 0 ? chain[^1] : null,
            ["reportedBy"] = new JsonArray([.. chain.SkipLast(1)]),
            ["saidOn"] = stored["saidOn"] is { } date
                ? new JsonObject { ["date"] = date.DeepClone(), ["precision"] = Copy(stored, "saidOnPrecision") ?? "day", ["text"] = Copy(stored, "saidOnText") }
                : null,
            ["topics"] = Copy(stored, "topics") ?? new JsonArray(),
            ["about"] = new JsonArray([.. (stored["subjects"] as JsonArray ?? []).OfType<JsonObject>().Select(s => Copy(s, "actorId"))]),
            ["origin"] = Copy(stored, "origin"),
            ["retraction"] = stored["retractedAt"] is { } at
                ? new JsonObject { ["at"] = at.DeepClone(), ["reason"] = Copy(stored, "retractionReason") ?? "" }
                : null,
        };
        return shaped;
    }

    public static JsonObject Actor(JsonObject stored)
    {
        var names = (stored["names"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        return new JsonObject
        {
            ["name"] = Copy(stored, "name"),
            ["kind"] = Copy(stored, "kind"),
            ["aliases"] = new JsonArray([.. names.Where(n => n["isPrimary"]?.GetValue<bool>() != true).Select(n => Copy(n, "value"))]),
            ["roles"] = new JsonArray([.. (stored["roles"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(r => (JsonNode)new JsonObject { ["title"] = Copy(r, "title"), ["from"] = Copy(r, "from"), ["to"] = Copy(r, "to") })]),
            ["wikidataId"] = Copy(stored, "wikidataId"),
            ["description"] = Copy(stored, "description"),
        };
    }

    public static JsonObject Article(JsonObject stored) => new()
    {
        ["headline"] = Copy(stored, "headline"),
        ["publisherId"] = Copy(stored, "publisherId"),
        ["canonicalUrl"] = Copy(stored, "canonicalUrl"),
        ["publishedAt"] = Copy(stored, "publishedAt"),
        ["language"] = Copy(stored, "language"),
        ["byline"] = Copy(stored, "byline"),
        ["body"] = Copy(stored, "body"),
    };

    public static JsonObject Review(JsonObject stored) => new()
    {
        ["claimId"] = Copy(stored, "claimId"),
        ["reviewerId"] = Copy(stored, "reviewerId"),
        ["rating"] = new JsonObject
        {
            ["ratingValue"] = Copy(stored, "ratingValue"),
            ["bestRating"] = Copy(stored, "bestRating"),
            ["worstRating"] = Copy(stored, "worstRating"),
            ["alternateName"] = Copy(stored, "ratingText"),
        },
        ["verdict"] = Copy(stored, "verdict"),
        ["claimReviewed"] = Copy(stored, "claimReviewed"),
        ["headline"] = Copy(stored, "headline"),
        ["summary"] = Copy(stored, "summary"),
        ["url"] = Copy(stored, "url"),
        ["publishedOn"] = Copy(stored, "publishedOn"),
        ["language"] = Copy(stored, "language"),
        ["origin"] = Copy(stored, "origin"),
    };

    private static JsonNode Link(JsonObject stored) => new JsonObject
    {
        ["actorId"] = Copy(stored, "actorId"),
        ["description"] = Copy(stored, "description"),
        ["cue"] = Copy(stored, "cue"),
        ["span"] = Span(stored, "span", "spanStart", "spanEnd"),
        ["cueSpan"] = Span(stored, "cueSpan", "cueStart", "cueEnd"),
    };

    private static JsonNode? Copy(JsonObject stored, string name) => stored[name]?.DeepClone();

    /// <summary>
    /// A span kept as one object, or as two columns (null unless both are set). A claim without the span is stored as
    /// {"end":0,"start":0} (its parts read as their defaults); every real span ends after it starts, so an empty one
    /// reads as no span, as the claim itself answers.
    /// </summary>
    private static JsonNode? Span(JsonObject stored, string name, string start, string end) =>
        stored[name] is JsonObject span ? Span(span["start"], span["end"])
        : Span(stored[start], stored[end]);

    private static JsonObject? Span(JsonNode? start, JsonNode? end) =>
        start is JsonValue s && end is JsonValue e && s.TryGetValue<long>(out var from) && e.TryGetValue<long>(out var to) && to > from
            ? new JsonObject { ["start"] = from, ["end"] = to }
            : null;
}
