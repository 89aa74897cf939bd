using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Webhooks;
using NewsroomClaims.Domain.History;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Domain.Access;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Extraction;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// A whole example body for every write, from the seed story, so "Try it out" starts from a request
/// that reads like real data (replace the ids with ones from the lists).
/// </summary>
internal sealed class RequestExamplesFilter : IOperationFilter
{
    private static readonly Guid ArticleId = Guid.Parse("01968a1c-0000-7000-8000-000000000001");
    private static readonly Guid PutinId = Guid.Parse("01968a1c-0000-7000-8000-000000000002");
    private static readonly Guid MenafnId = Guid.Parse("01968a1c-0000-7000-8000-000000000003");
    private static readonly Guid BloombergId = Guid.Parse("01968a1c-0000-7000-8000-000000000004");
    private static readonly JsonSerializerOptions Json = CreateOptions();

    private static readonly Dictionary<Type, object> ByType = new()
    {
        [typeof(ClaimRequest)] = new ClaimRequest
        {
            ArticleId = ArticleId,
            Content = "any peace agreement must include official recognition of the four Ukrainian regions",
            Kind = ClaimKind.Indirect,
            Cue = "reiterated",
            Speaker = new LinkRequest { ActorId = PutinId, Cue = "reiterated", Span = new SpanDto(1012, 1017), CueSpan = new SpanDto(1018, 1028) },
            ReportedBy =
            [
                new LinkRequest { ActorId = MenafnId, Span = new SpanDto(1, 7) },
                new LinkRequest { ActorId = BloombergId, Cue = "According to", Span = new SpanDto(22, 31) },
                new LinkRequest { Description = "Sources familiar with the talks", Cue = "said" },
            ],
            SaidOn = new ApproximateDateDto(new DateOnly(2025, 4, 1), DatePrecision.Month, "last week"),
            Topics = ["territory", "peace agreement"],
            About = [PutinId],
        },
        [typeof(ActorRequest)] = new ActorRequest
        {
            Name = "Dmitry Peskov",
            Kind = ActorKind.Person,
            Aliases = ["Peskov", "Дмитрий Песков"],
            Roles = [new ActorRoleDto("Kremlin spokesperson", new DateOnly(2012, 5, 22))],
            WikidataId = "Q2309784",
            Description = "Press secretary of the President of Russia.",
        },
        [typeof(ArticleRequest)] = new ArticleRequest
        {
            Headline = "Trump’s envoy wants to persuade Putin on conditions of ceasefire agreement",
            PublisherId = MenafnId,
            CanonicalUrl = "https://menafn.com/example/trumps-envoy-wants-to-persuade-putin",
            PublishedAt = new DateTime(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc),
            Language = "en",
            Body = "(MENAFN) According to Bloomberg, US special envoy Steve Witkoff met with Russian President Vladimir Putin last week.",
        },
        [typeof(ApiKeyRequest)] = new ApiKeyRequest { Name = "politics-desk", Role = ApiKeyRole.Editor },
        [typeof(ReviewRequest)] = new ReviewRequest
        {
            ReviewerId = Guid.Parse("01968a1c-0000-7000-8000-000000000006"),
            Rating = new ReviewRating(2, 6, 1, "False"),
            ClaimReviewed = "Says any peace agreement must include official recognition of the four Ukrainian regions.",
            Headline = "No, Ukraine has not agreed to recognise the four regions as Russian",
            Summary = "Ukraine's constitution forbids ceding territory, and Kyiv has rejected the demand.",
            Url = "https://factcheck.example/2025/05/recognition-four-regions",
            PublishedOn = new DateOnly(2025, 5, 2),
            Language = "en",
        },
        [typeof(RelationRequest)] = new RelationRequest
        {
            ToClaimId = Guid.Parse("01968a1c-0000-7000-8000-000000000005"),
            Kind = RelationKind.Contradicts,
            Note = "Zelensky rejects ceding Crimea; Trump says he may compromise on the peninsula.",
        },
    };

    private const string ImportBody =
        "(MENAFN) According to Bloomberg, sources familiar with the talks said Putin reiterated that any peace agreement must recognise the four regions.";

    static RequestExamplesFilter()
    {
        ByType[typeof(RetractionRequest)] = new RetractionRequest { Reason = "The quote was the deputy minister's, not the minister's." };
        ByType[typeof(WebhookRequest)] = new WebhookRequest
        {
            Url = "https://cms.example.org/hooks/newsroom-claims",
            Description = "Flag CMS articles when one of their claims is retracted",
            Types = [ChangeResourceType.Claim],
            Actions = [RevisionAction.Retracted],
        };
        ByType[typeof(ExtractionRequest)] = new ExtractionRequest { Text = ImportBody, Publisher = "MENAFN" };
        ByType[typeof(ArticleExtractionRequest)] = new ArticleExtractionRequest { Mode = ExtractionMode.Accurate, MinConfidence = 0.5 };
        ByType[typeof(ClaimMatchRequest)] = new ClaimMatchRequest
        {
            Text = "The Kremlin will only sign a settlement if the four annexed Ukrainian regions are recognised as Russian.",
            Speaker = "Vladimir Putin",
            MinScore = 0.6,
            Limit = 10,
        };
        ByType[typeof(StatementMergeRequest)] = new StatementMergeRequest
        {
            Statement = Guid.Parse("01968a1c-0000-7000-8000-000000000006"),
            Reason = "Both report the same remark at the Kremlin briefing.",
        };
        ByType[typeof(StatementSplitRequest)] = new StatementSplitRequest
        {
            Claims = [Guid.Parse("01968a1c-0000-7000-8000-000000000005")],
            Reason = "This one reports a different demand made a week later.",
        };
        ByType[typeof(ArticleImportRequest)] = new ArticleImportRequest
        {
            Article = new ArticleRequest
            {
                Headline = "Putin repeats his terms",
                PublisherId = MenafnId,
                CanonicalUrl = "https://menafn.com/example/putin-repeats-his-terms",
                PublishedAt = new DateTime(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc),
                Language = "en",
                Body = ImportBody,
            },
            Claims =
            [
                new ClaimRequest
                {
                    Content = "any peace agreement must recognise the four regions",
                    Kind = ClaimKind.Indirect,
                    Cue = "reiterated",
                    ContentSpan = SpanOf("any peace agreement must recognise the four regions"),
                    Speaker = new LinkRequest { ActorId = PutinId, Cue = "reiterated", Span = SpanOf("Putin"), CueSpan = SpanOf("reiterated") },
                    ReportedBy =
                    [
                        new LinkRequest { ActorId = MenafnId, Span = SpanOf("MENAFN") },
                        new LinkRequest { ActorId = BloombergId, Cue = "According to", Span = SpanOf("Bloomberg"), CueSpan = SpanOf("According to") },
                        new LinkRequest { Description = "sources familiar with the talks", Cue = "said", Span = SpanOf("sources familiar with the talks"), CueSpan = SpanOf("said") },
                    ],
                },
            ],
        };
    }

    private static SpanDto SpanOf(string words)
    {
        var start = ImportBody.IndexOf(words, StringComparison.Ordinal);
        return new SpanDto(start, start + words.Length);
    }

    private static readonly Dictionary<string, object> PatchByOperation = new()
    {
        ["PatchClaim"] = new { cue = "insisted", topics = new[] { "territory" } },
        ["PatchActor"] = new { aliases = new[] { "Peskov", "Dmitri Peskov" }, description = "Kremlin press secretary." },
        ["PatchArticle"] = new { byline = "Staff writer" },
        ["PatchReview"] = new { rating = new { ratingValue = 3, alternateName = "Mostly False" } },
        ["PatchWebhook"] = new { enabled = true },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        var bodyType = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body")?.Type;
        object? example = bodyType is not null && ByType.TryGetValue(bodyType, out var typed) ? typed
            : operation.OperationId is { } id && PatchByOperation.TryGetValue(id, out var patch) ? patch
            : null;
        if (example is null)
        {
            return;
        }

        foreach (var mediaType in content.Values)
        {
            mediaType.Example = JsonSerializer.SerializeToNode(example, example.GetType(), Json);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiControllersSetup.ConfigureJson(options);

        // Left-out optional fields read better in an example than a row of nulls.
        options.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
