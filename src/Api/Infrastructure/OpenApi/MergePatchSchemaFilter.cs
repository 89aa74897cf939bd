using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsroomClaims.Api.Infrastructure.OpenApi;

/// <summary>
/// A PATCH action takes the raw JSON (it merges it into the resource itself), so Swashbuckle documents its body
/// as "anything". It is the resource's request schema with every field optional: the schema the PUT on the same
/// path takes, which lists each field, says which may be null and, like the API, allows no other field.
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

        var schema = context.SchemaGenerator.GenerateSchema(requestType, context.SchemaRepository);
        foreach (var mediaType in content.Values)
        {
            mediaType.Schema = schema;
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
