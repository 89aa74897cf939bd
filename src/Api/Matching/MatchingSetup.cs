namespace NewsroomClaims.Api.Matching;

public static class MatchingSetup
{
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MatchingOptions>(configuration.GetSection(MatchingOptions.Section));
        services.AddSingleton<MatchingSignal>();
        services.AddSingleton<MatchingQueueInterceptor>();
        services.AddSingleton<MatchingCommitInterceptor>();
        services.AddSingleton<MatchingIndex>();
        services.AddSingleton<ClaimEmbedder>();
        services.AddScoped<ClaimSearch>();
        services.AddScoped<StatementGrouping>();
        services.AddScoped<MatchingProcessor>();
        services.AddScoped<ClaimMatches>();
        services.AddHostedService<MatchingIndexSync>();
        services.AddHostedService<MatchingWorker>();
        return services;
    }
}
