using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// The built-in writer stays silent when Accept names no JSON type, so a client asking for text/csv or
/// an Atom feed would get a bare 404 or 406. Registered after it, this one writes the problem anyway:
/// an error body the client did not ask for beats no explanation at all.
/// </summary>
internal sealed class FallbackProblemDetailsWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
