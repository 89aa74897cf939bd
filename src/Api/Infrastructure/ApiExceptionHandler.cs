using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Matching;
using NewsroomClaims.Domain.Reviews;
using Npgsql;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>Turns known failures into problem details; anything else stays a logged 500 without internals.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ProblemDetailsFactory factory, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var retryAfter = (exception as ApiException)?.RetryAfter;
        var problem = exception switch
        {
            ValidationFailedException validation => factory.CreateValidationProblemDetails(httpContext, validation.Errors, StatusCodes.Status400BadRequest),
            ApiException api => new ProblemDetails { Status = api.Status, Title = api.Title, Detail = api.Detail, Extensions = api.Extensions.ToDictionary() },

            // The domain's last line of defence; the validators normally answer first, field by field.
            ClaimRuleException rule => rule.IsConflict
                ? new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = rule.Message }
                : new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The claim breaks a rule.", Detail = rule.Message },
            StatementRuleException rule => rule.IsConflict
                ? new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = rule.Message }
                : new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The correction breaks a rule.", Detail = rule.Message },
            ReviewRuleException rule => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The review breaks a rule.", Detail = rule.Message },
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
            _ when IsOverload(exception) => Busy(out retryAfter),
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

        if (retryAfter is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// The database refused work for lack of room, not because of the request: SQLite busy or locked past its timeout
    /// (another process holds the file), PostgreSQL out of connections or a deadlock it broke by rolling one writer back.
    /// The client may retry; a 500 would say the request itself broke something.
    /// </summary>
    private static bool IsOverload(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }
                || e is PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow }
                // Two writers took the same rows in opposite orders (an article's cascade against the matching worker,
                // say): PostgreSQL rolled one back whole, and the same request sent again succeeds.
                || e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }
                || (e is NpgsqlException && e.Message.Contains("connection pool has been exhausted", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static ProblemDetails Busy(out int? retryAfter)
    {
        retryAfter = 2;
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is busy; retry shortly.",
            Detail = "The database could not take this request now. Nothing was written; send it again after Retry-After.",
        };
    }
}
