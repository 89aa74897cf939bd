using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// The claims' read model: each claim stored with its <see cref="ClaimResponse"/> already serialized, chain, actor
/// names and subjects included, so a page of claims is one query and no mapping. This is the one place a claim
/// response is made; the single read, the lists, the writes' answers and the exports all start from it.
/// <see cref="ClaimDocumentInterceptor"/> rebuilds it in the SaveChanges of every write that touches a claim or
/// renames an actor in one, so it never disagrees with the rows it is made from.
/// </summary>
public static class ClaimDocument
{
    /// <summary>The shadow column that holds the document.</summary>
    public const string Column = "Document";

    /// <summary>The API's JSON settings (as the MVC formatter writes them), with source-generated metadata.</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>How many of a claim's reviews its document lists (the count covers them all).</summary>
    public const int ReviewsListed = 20;

    /// <summary>
    /// The claim as the API answers it; <paramref name="names"/> holds the display name of every actor it names and of
    /// every reviewer of <paramref name="reviews"/>, the claim's reviews; <paramref name="statement"/> is the statement
    /// it is an appearance of, with that statement's first appearance.
    /// </summary>
    public static ClaimResponse Build(DomainClaim claim, IReadOnlyDictionary<Guid, string> names, IReadOnlyCollection<Review>? reviews = null,
        (Guid Id, AppearanceRef? First)? statement = null)
    {
        var chain = claim.Chain.OrderBy(l => l.Position).Select(l => new LinkResponse(
            l.Position, l.ActorId, l.ActorId is { } id ? names.GetValueOrDefault(id) : null, l.Description, Span(l.Span), l.Cue, Span(l.CueSpan))).ToList();
        return new ClaimResponse(
            claim.Id,
            claim.ArticleId,
            claim.Content,
            claim.Quote,
            claim.Kind,
            claim.Cue,
            Span(claim.CueSpan),
            Span(claim.ContentSpan),
            chain[^1],
            chain,
            claim.SaidOn is { } date ? new ApproximateDateDto(date, claim.SaidOnPrecision ?? DatePrecision.Day, claim.SaidOnText) : null,
            [.. claim.Topics],
            claim.Subjects.Select(s => s.ActorId).Order().Select(id => new ActorRef(id, names.GetValueOrDefault(id) ?? "")).ToList(),
            claim.Origin,
            claim.CreatedAt,
            claim.UpdatedAt,
            claim.RetractedAt is { } at ? new RetractionDto(at, claim.RetractionReason ?? "") : null,
            statement?.Id,
            statement?.First,
            Summary(reviews, names));
    }

    /// <summary>Null for a claim no one reviewed, so an unreviewed claim's document is what it was before reviews existed.</summary>
    private static ReviewsSummary? Summary(IReadOnlyCollection<Review>? reviews, IReadOnlyDictionary<Guid, string> names)
    {
        if (reviews is not { Count: > 0 })
        {
            return null;
        }

        var newest = reviews.OrderByDescending(r => r.SortKey).ThenByDescending(r => r.Id).Take(ReviewsListed)
            .Select(r => new ReviewBrief(r.Id, new ActorRef(r.ReviewerId, names.GetValueOrDefault(r.ReviewerId) ?? ""), r.Verdict, r.RatingText, r.Url, r.PublishedOn))
            .ToList();
        return new ReviewsSummary(reviews.Count, reviews.Select(r => r.Verdict).Distinct().Order().ToList(), newest);
    }

    public static string Serialize(ClaimResponse response) => JsonSerializer.Serialize(response, Options);

    /// <summary>Every actor id the claim names, in its chain or as a subject.</summary>
    public static IEnumerable<Guid> ActorIds(DomainClaim claim) =>
        claim.Chain.Select(l => l.ActorId).OfType<Guid>().Concat(claim.Subjects.Select(s => s.ActorId));

    /// <summary>Every actor id the claim's document names: those of <see cref="ActorIds(DomainClaim)"/> and its reviewers.</summary>
    public static IEnumerable<Guid> ActorIds(DomainClaim claim, IEnumerable<Review> reviews) =>
        ActorIds(claim).Concat(reviews.Select(r => r.ReviewerId));

    private static SpanDto? Span(TextSpan? span) => span is { } s ? new SpanDto(s.Start, s.End) : null;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = ApiJsonContext.Default };
        ApiControllersSetup.ConfigureJson(options);

        // What the MVC formatter uses when no encoder is set, so a stored document is the bytes the API would have sent.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>A claim response as stored: written to the client as it is, read back only by the exports that need its fields.</summary>
[JsonConverter(typeof(StoredClaimConverter))]
public sealed class StoredClaim
{
    private readonly string? json;
    private readonly ReadOnlyMemory<byte>? utf8;

    public StoredClaim(string json) => this.json = json;

    /// <summary>As the database hands the stored text over, UTF-8: a list page goes out without a detour through .NET strings.</summary>
    public StoredClaim(byte[] utf8Json) => utf8 = utf8Json;

    /// <summary>A document in a page's pooled buffer (<see cref="PageBuffer"/>), valid until the response is done.</summary>
    public StoredClaim(ReadOnlyMemory<byte> utf8Json) => utf8 = utf8Json;

    public ClaimResponse Read() => utf8 is null
        ? JsonSerializer.Deserialize<ClaimResponse>(json!, ClaimDocument.Options)!
        : JsonSerializer.Deserialize<ClaimResponse>(utf8.Value.Span, ClaimDocument.Options)!;

    // The document was written by this API's serializer; re-validating it per row would cost what the read model saves.
    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (utf8 is null)
        {
            writer.WriteRawValue(json!, skipInputValidation: true);
        }
        else
        {
            writer.WriteRawValue(utf8.Value.Span, skipInputValidation: true);
        }
    }
}

internal sealed class StoredClaimConverter : JsonConverter<StoredClaim>
{
    public override StoredClaim Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new StoredClaim(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, StoredClaim value, JsonSerializerOptions options) => value.WriteTo(writer);
}

/// <summary>Source-generated metadata for the hot JSON paths: claim documents and pages of them.</summary>
[JsonSerializable(typeof(ClaimResponse))]
[JsonSerializable(typeof(StoredClaim))]
[JsonSerializable(typeof(Page<StoredClaim>))]
[JsonSerializable(typeof(Page<ClaimResponse>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
