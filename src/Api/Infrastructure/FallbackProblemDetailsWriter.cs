using Microsoft.AspNetCore.Http.Json;
using ApiBehaviorOptions = Microsoft.AspNetCore.Mvc.ApiBehaviorOptions;
using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// The built-in writers stay silent when Accept names no JSON type, so a client asking for text/csv or
/// an Atom feed would get a bare 401, 404 or 406. Registered before them, this one writes every problem as
/// application/problem+json: an error body the client did not ask for beats no explanation at all.
/// </summary>
internal sealed class FallbackProblemDetailsWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options, IOptions<ApiBehaviorOptions> behavior)
    : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        if (behavior.Value.ClientErrorMapping.TryGetValue(problem.Status.Value, out var known))
        {
            problem.Type ??= known.Link;
            problem.Title ??= known.Title;
        }

        if (problem.Status == StatusCodes.Status406NotAcceptable)
        {
            NotAcceptable(context.HttpContext, problem);
        }

        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }

    /// <summary>Names what the operation offers, and drops the ETag the action set for a representation that is not sent.</summary>
    private static void NotAcceptable(HttpContext http, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        var offered = http.GetEndpoint()?.Metadata.OfType<Microsoft.AspNetCore.Mvc.ProducesAttribute>().LastOrDefault()?.ContentTypes;
        problem.Title = "None of the media types in Accept is offered here.";
        problem.Detail ??= $"Accept: {http.Request.Headers.Accept}. This operation offers: {(offered is { Count: > 0 } ? string.Join(", ", offered) : "application/json")}.";
        http.Response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.ETag);
    }
}
