using Microsoft.OpenApi;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// Responses always carry every property (nulls included), so a generated client may rely on them;
/// marking them required saves every caller a check for a field that is never missing.
/// Request schemas keep their optional fields.
/// </summary>
internal sealed class ResponsePropertiesRequiredFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var type = context.Type;
        var isResponse = type.Name.EndsWith("Response", StringComparison.Ordinal) || type == typeof(ActorRef)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Page<>));
        if (!isResponse || schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        concrete.Required = new HashSet<string>(properties.Keys);
    }
}
