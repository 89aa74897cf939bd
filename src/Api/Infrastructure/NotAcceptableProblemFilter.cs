using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// MVC answers an Accept it cannot serve with a bare 406; this fills in a problem body that names the
/// media types the operation offers.
/// </summary>
internal sealed class NotAcceptableProblemFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        await next();
        var offered = context.Result is ObjectResult { ContentTypes.Count: > 0 } result ? string.Join(", ", result.ContentTypes) : "application/json";
        var http = context.HttpContext;
        // Written already (the problem details writer answers MVC's own 406; a write's answer is held in a buffer, so the
        // response has not started, but its body is there).
        if (http.Response.StatusCode != StatusCodes.Status406NotAcceptable || http.Response.HasStarted || http.Response.ContentType is not null)
        {
            return;
        }

        // The action may have set the ETag of a representation that was never sent.
        http.Response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.ETag);
        var problem = new ProblemDetails
        {
            Type = "https://www.rfc-editor.org/rfc/rfc9110#name-406-not-acceptable",
            Title = "None of the media types in Accept is offered here.",
            Status = StatusCodes.Status406NotAcceptable,
            Detail = $"Accept: {http.Request.Headers.Accept}. This operation offers: {offered}.",
            Instance = http.Request.Path,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(problem, http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonOptions>>().Value.JsonSerializerOptions);
        http.Response.ContentType = "application/problem+json";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
