using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// Query parameters bound from a request class come out under their C# names ("Speaker", "PageSize")
/// and with the class's computed members ("Cursor.Id"). The API matches names in any case and reads only
/// settable properties, so the contract lists them camelCase, as the JSON bodies are, and drops the rest.
/// </summary>
internal sealed class QueryParameterNamesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is not { Count: > 0 } parameters)
        {
            return;
        }

        foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query).ToList())
        {
            if (parameter.Name is null || parameter.Name.Contains('.'))
            {
                parameters.Remove(parameter);
                continue;
            }

            parameter.Name = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
        }
    }
}
