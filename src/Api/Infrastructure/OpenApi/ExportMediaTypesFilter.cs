using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsroomClaims.Api.Exports;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// The export media types share the JSON response's declared type; this gives each its real shape
/// (CSV and SVG text, JSON-LD and ninjs documents) and an example.
/// </summary>
internal sealed class ExportMediaTypesFilter : IOperationFilter
{
    private static readonly Dictionary<string, (string Description, JsonSchemaType Type, string? Example)> Shapes = new()
    {
        [ExportMediaTypes.Csv] = ("RFC 4180 CSV, UTF-8 with a byte order mark, one row per claim; cells starting with = + - @ are prefixed with an apostrophe.",
            JsonSchemaType.String, "id,saidOn,saidOnPrecision,speaker,cue,kind,content,quote,chain,...\r\n01a2...,2025-04-01,month,Vladimir Putin,reiterated,indirect,\"any peace agreement must include ...\",,MENAFN → Bloomberg (According to) → Sources familiar with the talks (said) → Vladimir Putin (reiterated),...\r\n"),
        [ExportMediaTypes.JsonLd] = ("JSON-LD: a schema.org Claim (a page of claims as an @graph) with `author` (the speaker), `appearance` (the article) and the chain as nested `prov:wasQuotedFrom` accounts, each `prov:wasAttributedTo` its source.",
            JsonSchemaType.Object, null),
        [ExportMediaTypes.Ninjs] = ("An IPTC ninjs 2.1 news item: uri, type, headlines, bodies, firstcreated, language, and the people and organisations of the article's claims.",
            JsonSchemaType.Object, null),
        [ExportMediaTypes.Atom] = ("An Atom 1.0 feed (RFC 4287).", JsonSchemaType.String, null),
        [ExportMediaTypes.Svg] = ("An SVG image.", JsonSchemaType.String, null),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (!Shapes.TryGetValue(mediaType, out var shape))
                {
                    continue;
                }

                content.Schema = new OpenApiSchema { Type = shape.Type, Description = shape.Description };
                if (shape.Example is not null)
                {
                    content.Example = JsonValue.Create(shape.Example);
                }
            }
        }
    }
}
