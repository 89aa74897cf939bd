using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Answers 400 for a query parameter the action does not know: a misspelt filter ("speakr=")
/// silently ignored would return every claim, which reads as an answer but is not one.
/// </summary>
internal sealed class UnknownQueryParameterFilter : IActionFilter
{
    private static readonly ConcurrentDictionary<string, HashSet<string>> KnownByAction = new();

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var known = KnownByAction.GetOrAdd(context.ActionDescriptor.Id, _ => KnownNames(context.ActionDescriptor));
        var query = context.HttpContext.Request.Query;
        var unknown = query.Keys.Where(k => !known.Contains(k)).ToList();

        // PostgreSQL cannot compare text with U+0000 in it; no real filter value holds one.
        var withNul = query.Where(q => q.Value.Any(v => v is not null && v.Contains('\0'))).Select(q => q.Key).ToList();
        if (unknown.Count == 0 && withNul.Count == 0)
        {
            return;
        }

        foreach (var name in unknown)
        {
            var notApplicable = NotApplicable(context.ActionDescriptor).FirstOrDefault(a => a.Names.Contains(name, StringComparer.OrdinalIgnoreCase));
            context.ModelState.AddModelError(name, notApplicable is null
                ? $"Unknown query parameter '{name}'. Known: {string.Join(", ", known.Select(CamelCase).Order())}."
                : $"Query parameter '{name}' does not apply here: {notApplicable.Reason}");
        }

        foreach (var name in withNul.Except(unknown))
        {
            context.ModelState.AddModelError(name, $"Query parameter '{name}' must not contain the NUL character (U+0000).");
        }

        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        context.Result = new BadRequestObjectResult(
            factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest));
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static HashSet<string> KnownNames(ActionDescriptor action)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters)
        {
            if (parameter.BindingInfo?.BindingSource != BindingSource.Query)
            {
                continue;
            }

            if (IsSimple(parameter.ParameterType))
            {
                names.Add(parameter.BindingInfo.BinderModelName ?? parameter.Name);
                continue;
            }

            foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                names.Add(property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name);
            }
        }

        names.ExceptWith(NotApplicable(action).SelectMany(a => a.Names));
        return names;
    }

    private static IEnumerable<NotApplicableQueryAttribute> NotApplicable(ActionDescriptor action) =>
        action.EndpointMetadata.OfType<NotApplicableQueryAttribute>();

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid)
            || underlying == typeof(DateTime) || underlying == typeof(DateOnly) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(decimal) || (underlying.IsArray && IsSimple(underlying.GetElementType()!));
    }
}
