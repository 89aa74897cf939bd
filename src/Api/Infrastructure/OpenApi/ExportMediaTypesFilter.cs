using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using NewsroomClaims.Api.Exports;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Reviews;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// The export media types share the JSON response's declared type; this gives each its own shape: JSON-LD and ninjs
/// documents their JSON Schemas (hand-written in Exports/export-schemas.json, since the formatters build JSON nodes,
/// and checked against real answers by the contract check), CSV, Atom and SVG text.
/// </summary>
internal sealed class ExportMediaTypesFilter : IOperationFilter
{
    private static readonly Dictionary<string, (string Description, string? Example)> Texts = new()
    {
        [ExportMediaTypes.Csv] = ("RFC 4180 CSV, UTF-8 with a byte order mark, one row per claim; cells starting with = + - @ are prefixed with an apostrophe.",
            "id,saidOn,saidOnPrecision,speaker,cue,kind,content,quote,chain,...\r\n01a2...,2025-04-01,month,Vladimir Putin,reiterated,indirect,\"any peace agreement must include ...\",,MENAFN → Bloomberg (According to) → Sources familiar with the talks (said) → Vladimir Putin (reiterated),...\r\n"),
        [ExportMediaTypes.Atom] = ("An Atom 1.0 feed (RFC 4287).", null),
        [ExportMediaTypes.Svg] = ("An SVG image.", null),
    };

    private static readonly JsonObject Schemas = LoadSchemas();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var isPage = context.ApiDescription.SupportedResponseTypes.Any(r => r.Type is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Page<>));
        var isReview = context.ApiDescription.SupportedResponseTypes.Any(r => r.Type == typeof(ReviewResponse) || r.Type == typeof(Page<ReviewResponse>));
        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (Texts.TryGetValue(mediaType, out var text))
                {
                    content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = text.Description };
                    if (text.Example is not null)
                    {
                        content.Example = JsonValue.Create(text.Example);
                    }
                }
                else if (mediaType == ExportMediaTypes.JsonLd)
                {
                    content.Schema = isReview
                        ? Reference(isPage ? "ClaimReviewDataFeed" : "ClaimReviewJsonLd", context)
                        : Reference(isPage ? "ClaimJsonLdGraph" : "ClaimJsonLd", context);
                }
                else if (mediaType == ExportMediaTypes.Ninjs)
                {
                    content.Schema = Reference("NinjsItem", context);
                }
            }
        }
    }

    /// <summary>A reference to one of the export schemas, adding them all to the document the first time.</summary>
    private static OpenApiSchemaReference Reference(string name, OperationFilterContext context)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(name))
        {
            foreach (var (id, json) in Schemas)
            {
                var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json!.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, context.Document, out var diagnostic, "json")
                    ?? throw new InvalidOperationException($"Export schema {id} does not parse: {string.Join("; ", diagnostic.Errors)}");
                context.SchemaRepository.AddDefinition(id, schema);
            }
        }

        return new OpenApiSchemaReference(name, context.Document);
    }

    private static JsonObject LoadSchemas()
    {
        using var stream = typeof(ExportMediaTypesFilter).Assembly.GetManifestResourceStream("export-schemas.json")
            ?? throw new InvalidOperationException("export-schemas.json is not embedded.");
        return JsonNode.Parse(stream)!.AsObject();
    }
}
