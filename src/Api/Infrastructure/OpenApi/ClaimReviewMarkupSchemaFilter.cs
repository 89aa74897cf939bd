using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// The review import reads ClaimReview markup itself (JSON-LD), so Swashbuckle documents its body as "anything". It is
/// a JSON-LD object (a ClaimReview, a DataFeed, an @graph) or an array of them; JSON-LD is open-world, so terms the
/// import does not read (an image, a logo, other vocabularies) are allowed and passed over, unlike every other body.
/// </summary>
internal sealed class ClaimReviewMarkupSchemaFilter : IOperationFilter
{
    public const string OperationId = "ImportReviews";

    private const string Example = """
        {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          "url": "https://www.politifact.com/factchecks/2025/may/02/vladimir-putin/recognition-four-regions/",
          "datePublished": "2025-05-02",
          "author": { "@type": "Organization", "name": "PolitiFact", "url": "https://www.politifact.com/" },
          "claimReviewed": "Says any peace agreement must include official recognition of the four Ukrainian regions.",
          "reviewRating": { "@type": "Rating", "ratingValue": 2, "bestRating": 6, "worstRating": 1, "alternateName": "False" },
          "itemReviewed": {
            "@type": "Claim",
            "author": { "@type": "Person", "name": "Vladimir Putin" },
            "datePublished": "2025-04-01",
            "appearance": { "@type": "NewsArticle", "url": "https://menafn.com/example/trumps-envoy-wants-to-persuade-putin" }
          },
          "inLanguage": "en"
        }
        """;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != OperationId || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        var node = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A JSON-LD node: a ClaimReview, a DataFeed of them, or an object with an @graph.",
            AdditionalPropertiesAllowed = true,
        };
        foreach (var mediaType in content.Values)
        {
            mediaType.Schema = new OpenApiSchema
            {
                Description = "ClaimReview markup as fact-checkers publish it (schema.org JSON-LD).",
                OneOf = [node, new OpenApiSchema { Type = JsonSchemaType.Array, Items = node, Description = "Several JSON-LD nodes." }],
            };
            mediaType.Example = JsonNode.Parse(Example);
        }
    }
}
