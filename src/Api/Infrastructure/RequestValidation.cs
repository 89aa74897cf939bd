using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>Validation for requests that are built inside an action (a merged PATCH), not bound by MVC.</summary>
public sealed class RequestValidation(IServiceProvider services, IHttpContextAccessor accessor)
{
    public async Task ValidateAsync<T>(T request, CancellationToken cancellationToken)
    {
        if (services.GetService<IValidator<T>>() is not { } validator)
        {
            return;
        }

        var result = await validator.ValidateAsync(request, cancellationToken);
        if (result.IsValid)
        {
            return;
        }

        var state = new ModelStateDictionary();
        foreach (var error in result.Errors)
        {
            state.AddModelError(FluentValidationFilter.JsonPath(error.PropertyName), error.ErrorMessage);
        }

        var httpContext = accessor.HttpContext!;
        var factory = httpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        throw new ValidationFailedException(factory.CreateValidationProblemDetails(httpContext, state, StatusCodes.Status400BadRequest));
    }
}

/// <summary>Carries a validation problem out of a write; the exception handler writes it as is.</summary>
public sealed class ValidationFailedException(ValidationProblemDetails problem) : Exception(problem.Title)
{
    public ValidationProblemDetails Problem { get; } = problem;
}
