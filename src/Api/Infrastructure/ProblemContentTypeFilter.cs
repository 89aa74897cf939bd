using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// [Produces("application/json")] would also stamp problem responses as plain JSON; this runs after it
/// and gives every problem body its RFC 9457 media type, whatever the request's Accept.
/// </summary>
internal sealed class ProblemContentTypeFilter : IAlwaysRunResultFilter, IOrderedFilter
{
    public int Order => 1000;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        // A JsonResult skips content negotiation: a client that asked for text/csv still learns why its
        // request failed instead of getting 406 for the error body.
        if (context.Result is ObjectResult { Value: ProblemDetails problem } result)
        {
            context.Result = new JsonResult(problem) { ContentType = "application/problem+json", StatusCode = result.StatusCode ?? problem.Status };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
