using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsroomClaims.Api.Health;

/// <summary>Not ready while the warm-up runs, so a load balancer sends traffic only to an instance running optimised code.</summary>
internal sealed class WarmupHealthCheck(WarmupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Finished ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("warming up"));
}
