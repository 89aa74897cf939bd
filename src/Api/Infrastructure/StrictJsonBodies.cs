using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Request bodies are as strict as query strings: a field the request schema does not have answers 400 naming it
/// (the OpenAPI document says <c>additionalProperties: false</c>), and so does a field sent twice. A silently dropped field is a misspelt one that
/// changed nothing, or a probe for a property the client must not set (<c>"isAdmin": true</c>).
/// </summary>
public static class StrictJsonBodies
{
    public static IServiceCollection AddStrictJsonBodies(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.JsonSerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;

            // {"role": "reader", "role": "admin"}: a check that reads the first and a binder that keeps the last
            // would disagree; a merge patch already refuses it.
            options.JsonSerializerOptions.AllowDuplicateProperties = false;

            // Keep the serializer's exception in model state instead of its message, which names .NET types;
            // JsonBodyErrors writes the message the client sees.
            options.AllowInputFormatterExceptionMessages = false;
        });
        services.AddOptions<ApiBehaviorOptions>().PostConfigure<IOptions<JsonOptions>>((behavior, json) =>
        {
            behavior.InvalidModelStateResponseFactory = context =>
                BodyErrors(context, json.Value.JsonSerializerOptions) ?? QueryParameterErrors.Problem(context);
        });
        return services;
    }

    /// <summary>
    /// The 400 for an action that takes a body: a parse error under its field path (the serializer stops at the first,
    /// and the body parameter's own "field is required" only follows from it), else the other errors with the body's
    /// under <c>$</c>, each keyed by its camelCase path. Null for actions without a body (<see cref="QueryParameterErrors"/>).
    /// </summary>
    private static IActionResult? BodyErrors(ActionContext context, JsonSerializerOptions options)
    {
        var body = context.ActionDescriptor.Parameters.FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body);
        if (body is null)
        {
            return null;
        }

        var state = new ModelStateDictionary();
        var parseErrors = context.ModelState.Values.SelectMany(e => e.Errors).Select(e => e.Exception).OfType<JsonException>().ToList();
        foreach (var error in parseErrors)
        {
            var (path, message) = JsonBodyErrors.Describe(error, body.ParameterType, options);
            state.AddModelError(path, message);
        }

        if (parseErrors.Count == 0)
        {
            foreach (var (key, entry) in context.ModelState)
            {
                // An empty body is reported twice, under "" and under the C# parameter's name ("The request field is
                // required."); once, under the body's key, says it.
                var isBody = key.Length == 0 || key == body.Name;
                if (isBody && state.ContainsKey(JsonBodyErrors.RootKey))
                {
                    continue;
                }

                foreach (var error in isBody ? entry.Errors.Take(1) : entry.Errors)
                {
                    state.AddModelError(isBody ? JsonBodyErrors.RootKey : FluentValidationFilter.JsonPath(key), error.ErrorMessage.Length > 0 ? error.ErrorMessage : "The value is not valid.");
                }
            }
        }

        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, state, StatusCodes.Status400BadRequest);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }
}
