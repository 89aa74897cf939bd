using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of every action argument that has one and answers 400 with
/// the field errors. FluentValidation's own auto-validation package is deprecated, and it could not
/// run the async rules (a speaker that exists) anyway.
/// </summary>
internal sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    private static readonly ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        // A dictionary of its own: model state's keys ignore case, so an error for "pageSize" would land under the
        // binder's "PageSize" entry and be reported with the C# name. Made only when there is an error to report.
        ModelStateDictionary? errors = null;
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }

            if (services.GetService(ValidatorTypes.GetOrAdd(argument.GetType(), t => typeof(IValidator<>).MakeGenericType(t))) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                (errors ??= new ModelStateDictionary()).AddModelError(JsonPath(error.PropertyName), error.ErrorMessage);
            }
        }

        if (errors is not null)
        {
            var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
            var problem = factory.CreateValidationProblemDetails(context.HttpContext, errors, StatusCodes.Status400BadRequest);
            context.Result = new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
            return;
        }

        await next();
    }

    /// <summary>"Speaker.ActorId" becomes "speaker.actorId", matching the JSON the client sent.</summary>
    internal static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
