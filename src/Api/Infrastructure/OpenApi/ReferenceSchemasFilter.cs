using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// Swashbuckle wraps every property of a named type in a one-entry <c>allOf</c> so it can carry a description, and
/// marks a nullable one <c>type: [null, object]</c> beside that <c>allOf</c>, which still demands an object: null
/// fails validation, and generators make a wrapper type per property (<c>ClaimResponse_saidOn</c>). OpenAPI 3.1
/// lets a <c>$ref</c> carry its own description, and has null as a type, so this writes a plain reference, or a
/// <c>oneOf</c> of the reference and null for a nullable one (the shape ASP.NET Core's own generator uses, which
/// Kiota and openapi-typescript turn into a nullable property of the named type).
/// </summary>
internal sealed class ReferenceSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            RewriteChildren(schema, document);
        }

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Schema is not null))
            {
                parameter.Schema = Rewrite(parameter.Schema!, document);
            }

            var media = (operation.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
                .Concat((operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>()));
            foreach (var mediaType in media.Where(m => m.Schema is not null))
            {
                mediaType.Schema = Rewrite(mediaType.Schema!, document);
            }
        }
    }

    /// <summary>The schema to use in place of <paramref name="schema"/>; its children are rewritten too.</summary>
    internal static IOpenApiSchema Rewrite(IOpenApiSchema schema, OpenApiDocument document)
    {
        if (schema is OpenApiSchema { AllOf: [OpenApiSchemaReference { Reference.Id: { } id }] } wrapper && IsOnlyAWrapper(wrapper))
        {
            var reference = new OpenApiSchemaReference(id, document) { Description = wrapper.Description };
            if (wrapper.Type is not { } type || !type.HasFlag(JsonSchemaType.Null))
            {
                return reference;
            }

            return new OpenApiSchema
            {
                Description = wrapper.Description,
                OneOf = [new OpenApiSchemaReference(id, document), new OpenApiSchema { Type = JsonSchemaType.Null }],
            };
        }

        RewriteChildren(schema, document);
        return schema;
    }

    private static void RewriteChildren(IOpenApiSchema schema, OpenApiDocument document)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (concrete.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = Rewrite(properties[name], document);
            }
        }

        if (concrete.Items is { } items)
        {
            concrete.Items = Rewrite(items, document);
        }

        if (concrete.AdditionalProperties is { } additional)
        {
            concrete.AdditionalProperties = Rewrite(additional, document);
        }
    }

    /// <summary>Only a reference with a description and maybe a nullable type: nothing else would be lost.</summary>
    private static bool IsOnlyAWrapper(OpenApiSchema schema) =>
        schema.Properties is not { Count: > 0 } && schema.Items is null && schema.OneOf is not { Count: > 0 }
        && schema.AnyOf is not { Count: > 0 } && schema.Enum is not { Count: > 0 } && schema.Default is null
        && (schema.Type is null || (schema.Type.Value & ~JsonSchemaType.Null) is 0 or JsonSchemaType.Object);
}
