using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsroomClaims.Api.Changes;

public static class ChangesSetup
{
    public static IServiceCollection AddChangeFeed(this IServiceCollection services)
    {
        services.AddOptions<ChangeFeedOptions>().BindConfiguration(ChangeFeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ChangeFeed>();
        services.AddSingleton<ChangeFeedPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeedPruner>());
        return services;
    }
}
