using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// A <see cref="JsonElement"/> property holds any JSON value, null included: the empty schema. Swashbuckle marks a
/// nullable one <c>type: null</c>, which would admit nothing but null.
/// </summary>
internal sealed class AnyJsonSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties })
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if ((property.PropertyType == typeof(JsonElement) || property.PropertyType == typeof(JsonElement?)) && properties.TryGetValue(name, out var current))
            {
                properties[name] = new OpenApiSchema { Description = current.Description };
            }
        }
    }
}
