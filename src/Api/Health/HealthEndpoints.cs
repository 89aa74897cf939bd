using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsroomClaims.Api.Health;

public static class HealthEndpoints
{
    /// <summary>/health/live answers while the process runs; /health/ready also asks the database and waits for the warm-up.</summary>
    public static WebApplication MapApiHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") };

        // The warm-up reports Degraded (logged as a warning, not as a failure), which must not read as ready.
        ready.ResultStatusCodes[HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable;
        app.MapHealthChecks("/health/ready", ready);
        return app;
    }
}
