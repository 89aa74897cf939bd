using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// A nullable property of an object type comes out as <c>allOf: [$ref], nullable: true</c> with no
/// <c>type</c>, which OpenAPI 3.0 forbids ("nullable cannot be used without type"); Spectral then fails
/// every example that sets such a property. Stating <c>type: object</c> makes it valid.
/// </summary>
internal sealed class NullableReferenceSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        foreach (var property in schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
        {
            if (property is OpenApiSchema { AllOf.Count: > 0 } concrete && concrete.Type == JsonSchemaType.Null)
            {
                concrete.Type = JsonSchemaType.Object | JsonSchemaType.Null;
            }
        }
    }
}
