namespace NewsroomClaims.Api.Infrastructure;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        // First of the writers: MVC's own picks a formatter by Accept and writes nothing when Accept names only text/csv
        // or an image (a 401 for a CSV export came back empty); problems are JSON whatever the Accept.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, FallbackProblemDetailsWriter>());
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
