namespace NewsroomClaims.Api.Health;

public static class WarmupSetup
{
    /// <summary>The start-up warm-up and the readiness check that waits for it.</summary>
    public static IServiceCollection AddWarmup(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WarmupOptions>(configuration.GetSection(WarmupOptions.Section));
        services.AddSingleton<WarmupState>();
        services.AddHostedService<Warmup>();
        return services;
    }
}
