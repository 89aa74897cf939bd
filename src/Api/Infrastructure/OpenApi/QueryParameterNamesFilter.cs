using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// Query parameters bound from a request class come out under their C# names ("Speaker", "PageSize")
/// and with the class's computed members ("Cursor.Id"). The API matches names in any case and reads only
/// settable properties, so the contract lists them camelCase, as the JSON bodies are, and drops the rest,
/// and the ones the action marks <see cref="NotApplicableQueryAttribute"/> (it answers 400 for them).
/// </summary>
internal sealed class QueryParameterNamesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is not { Count: > 0 } parameters)
        {
            return;
        }

        var dropped = context.ApiDescription.ParameterDescriptions
            .Where(p => p.ModelMetadata?.IsReadOnly == true || p.Name.Contains('.'))
            .Select(p => p.Name)
            .Concat(context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<NotApplicableQueryAttribute>().SelectMany(a => a.Names))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query).ToList())
        {
            if (parameter.Name is null || dropped.Contains(parameter.Name))
            {
                parameters.Remove(parameter);
                continue;
            }

            parameter.Name = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
        }
    }
}
