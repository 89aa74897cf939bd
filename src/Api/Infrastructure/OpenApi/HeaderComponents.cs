using Microsoft.OpenApi;
using NewsroomClaims.Api.Idempotency;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>The HTTP headers the API reads and writes, described once under components and referenced where used.</summary>
internal static class HeaderComponents
{
    private static readonly Dictionary<string, OpenApiHeader> Headers = new()
    {
        ["ETag"] = new()
        {
            Description = "The version of this representation (strong). Send it back in `If-Match` to change the resource only if nobody changed it since, "
                + "or in `If-None-Match` to get 304 while it has not changed. Each media type of one resource has its own ETag; writes match the JSON one.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[^\"]+\"$" },
        },
        ["Location"] = new()
        {
            Description = "The URL of the resource: the one created (for a 202, the record of the work accepted), or for a 409 the existing one that holds the name.",
            Required = true,

            // A pattern rather than format: uri, which Kiota warns it cannot map: an absolute URL, or a path on this server.
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(https?://[^/]+)?/" },
        },
        ["Link"] = new()
        {
            Description = "RFC 8288 link to the next page (`<...>; rel=\"next\"`), when there is one: CSV and JSON-LD pages carry no `next` field.",
            Required = false,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        ["Vary"] = new()
        {
            Description = "The answer depends on `Accept` (and so does its ETag).",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        ["Retry-After"] = new()
        {
            Description = "Seconds to wait before sending the request again.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]+$" },
        },
        ["Idempotent-Replayed"] = new()
        {
            Description = "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key` (nothing was written again).",
            Required = false,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["true"] },
        },
        ["Content-Disposition"] = new()
        {
            Description = "`attachment; filename=...csv`: the name to save the CSV under.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    private static readonly Dictionary<string, OpenApiParameter> Parameters = new()
    {
        ["If-Match"] = new()
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Description = "The ETag you read: the change is made only if the resource still has it (412 otherwise; 428 without it when the API requires it). `*` matches any version.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        ["If-None-Match"] = new()
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "ETags you hold for the representation asked for: 304 without a body while it still has one of them.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        [HttpHeadersFilter.IdempotencyKey] = new()
        {
            Name = HttpHeadersFilter.IdempotencyKey,
            In = ParameterLocation.Header,
            Description = "Any unique string (a UUID): a retry with the same key and request gets the first answer again instead of writing twice; "
                + "the same key with another request answers 422. Keys belong to the API key that sent them and are kept a day.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 1,
                MaxLength = IdempotencyRecord.MaxKeyLength,
                Pattern = "^[!-~]+$",
            },
        },
    };

    /// <summary>Adds the headers and header parameters to the document's components (once).</summary>
    public static void Ensure(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        foreach (var (name, header) in Headers)
        {
            document.Components.Headers.TryAdd(name, header);
        }

        foreach (var (name, parameter) in Parameters)
        {
            document.Components.Parameters.TryAdd(name, parameter);
        }
    }

    /// <summary>A reference to the component, or a copy when this use differs in whether the header is always there.</summary>
    public static IOpenApiHeader Reference(string name, OpenApiDocument document, bool required) =>
        Headers[name].Required == required
            ? new OpenApiHeaderReference(name, document)
            : new OpenApiHeader { Description = Headers[name].Description, Required = required, Schema = Headers[name].Schema };
}
