using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace NewsroomClaims.Api.Health;

public static class HealthEndpoints
{
    /// <summary>/health/live answers while the process runs; /health/ready also asks the database and waits for the warm-up.</summary>
    public static WebApplication MapApiHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
