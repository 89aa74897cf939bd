using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// A PATCH action takes the raw JSON (it merges it into the resource itself), so Swashbuckle documents its body
/// as "anything". Its body is typed as <c>{Resource}Patch</c>: the PUT schema's fields with the same rules, none
/// required (a merge patch sends only what changes), and, like the API, no other field. A field that may be null
/// in the PUT may be null here, which removes it (RFC 7396); a field the PUT requires may not.
/// </summary>
internal sealed class MergePatchSchemaFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content || !content.ContainsKey("application/merge-patch+json")
            || context.ApiDescription.ActionDescriptor is not ControllerActionDescriptor action
            || ReplacedBy(action) is not { } requestType)
        {
            return;
        }

        context.SchemaGenerator.GenerateSchema(requestType, context.SchemaRepository);
        var name = requestType.Name.Replace("Request", "", StringComparison.Ordinal) + "Patch";
        if (!context.SchemaRepository.Schemas.ContainsKey(name) && context.SchemaRepository.Schemas.TryGetValue(requestType.Name, out var put) && put is OpenApiSchema full)
        {
            context.SchemaRepository.AddDefinition(name, new OpenApiSchema
            {
                Type = full.Type,
                Description = $"A JSON merge patch (RFC 7396) of {requestType.Name}: only the fields to change; null removes an optional field.",
                Properties = new Dictionary<string, IOpenApiSchema>(full.Properties ?? new Dictionary<string, IOpenApiSchema>()),
                AdditionalPropertiesAllowed = false,
            });
        }

        foreach (var mediaType in content.Values)
        {
            mediaType.Schema = new OpenApiSchemaReference(name, context.Document);
        }
    }

    /// <summary>The body type of the PUT with the same route as this PATCH.</summary>
    private static Type? ReplacedBy(ControllerActionDescriptor patch)
    {
        var template = patch.MethodInfo.GetCustomAttribute<HttpPatchAttribute>()?.Template;
        var put = patch.ControllerTypeInfo.GetMethods()
            .FirstOrDefault(m => m.GetCustomAttribute<HttpPutAttribute>() is { } p && p.Template == template);
        return put?.GetParameters()
            .Select(p => p.ParameterType)
            .FirstOrDefault(t => t.IsClass && t != typeof(string) && t != typeof(JsonElement));
    }
}
