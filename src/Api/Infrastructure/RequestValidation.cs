using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Validation for values a write builds or receives outside model binding (a merged PATCH, the claims of an import):
/// the same FluentValidation validators the filter runs on bound arguments. Needs no HTTP context, so writers can use it.
/// </summary>
public sealed class RequestValidation(IServiceProvider services)
{
    public async Task ValidateAsync<T>(T request, CancellationToken cancellationToken, string prefix = "")
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

        var errors = new ModelStateDictionary();
        foreach (var error in result.Errors)
        {
            errors.AddModelError(FluentValidationFilter.JsonPath(prefix + error.PropertyName), error.ErrorMessage);
        }

        throw new ValidationFailedException(errors);
    }
}

/// <summary>Carries field errors out of a write; the exception handler answers them as a validation problem (400).</summary>
public sealed class ValidationFailedException(ModelStateDictionary errors) : Exception("The request is not valid.")
{
    /// <summary>The field errors of a problem built elsewhere (a merge patch that does not fit its resource).</summary>
    public ValidationFailedException(Microsoft.AspNetCore.Mvc.ValidationProblemDetails problem)
        : this(ToModelState(problem))
    {
    }

    public ModelStateDictionary Errors { get; } = errors;

    private static ModelStateDictionary ToModelState(Microsoft.AspNetCore.Mvc.ValidationProblemDetails problem)
    {
        var state = new ModelStateDictionary();
        foreach (var (field, messages) in problem.Errors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(field, message);
            }
        }

        return state;
    }
}
