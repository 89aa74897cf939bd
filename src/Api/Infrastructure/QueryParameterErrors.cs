using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// The 400 for a query value the binder could not read (<c>?pageSize=abc</c>, <c>?kind=zz</c>): keyed by the parameter
/// as the URL spells it (<c>pageSize</c>, not the C# property <c>PageSize</c>) and saying what it must be in the words
/// body errors use ("Must be one of: direct, indirect, mixed."), never the framework's "not valid for Kind".
/// </summary>
internal static class QueryParameterErrors
{
    public static IActionResult Problem(ActionContext context)
    {
        var state = new ModelStateDictionary();
        foreach (var (key, entry) in context.ModelState)
        {
            var type = TypeOf(context, key);
            foreach (var error in entry.Errors)
            {
                var message = type is not null && (error.Exception is not null || error.ErrorMessage.Contains("is not valid", StringComparison.Ordinal))
                    ? $"Must be {JsonBodyErrors.Expected(type)}."
                    : error.ErrorMessage.Length > 0 ? error.ErrorMessage : "The value is not valid.";
                state.AddModelError(FluentValidationFilter.JsonPath(key), message);
            }
        }

        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, state, StatusCodes.Status400BadRequest);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>The declared type behind a model-state key: a simple parameter, or a property of a bound query object.</summary>
    private static Type? TypeOf(ActionContext context, string key)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (string.Equals(parameter.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return parameter.ParameterType;
            }

            if (parameter.BindingInfo?.BindingSource == BindingSource.Query && parameter.ParameterType.IsClass
                && parameter.ParameterType.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
            {
                return property.PropertyType;
            }
        }

        return null;
    }
}
