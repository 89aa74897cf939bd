using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>Turns known failures into problem details; anything else stays a logged 500 without internals.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationFailedException validation => validation.Problem,
            ApiException api => new ProblemDetails { Status = api.Status, Title = api.Title, Detail = api.Detail },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The resource was changed since you read it.",
                Detail = "Another request changed or deleted it first; read it again and retry with its new ETag.",
            },
            DbUpdateException db when UniqueViolation.IsUniqueViolation(db) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict.",
                Detail = "A resource with the same unique value already exists.",
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large." : "Bad request.",
                Detail = bad.Message,
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (exception is OperationCanceledException)
            {
                return true;
            }

            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        if (exception is ApiException { Location: { } location })
        {
            httpContext.Response.Headers.Location = location;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
