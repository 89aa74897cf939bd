using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Access;

public static class AccessSetup
{
    public static IServiceCollection AddApiAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Reader, p => p.AddRequirements(new RoleRequirement(ApiKeyRole.Reader)))
            .AddPolicy(AccessPolicies.Editor, p => p.AddRequirements(new RoleRequirement(ApiKeyRole.Editor)))
            .AddPolicy(AccessPolicies.Admin, p => p.AddRequirements(new RoleRequirement(ApiKeyRole.Admin)));
        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.Configure<MvcOptions>(options => options.Conventions.Add(new AccessConvention()));
        services.AddScoped<ApiKeyStore>();
        return services;
    }
}

public static class AdminKeyBootstrap
{
    /// <summary>Gives a database without keys its first admin key (see <see cref="ApiKeyStore.EnsureAdminKeyAsync"/>).</summary>
    public static async Task EnsureAdminKeyAsync(this IServiceProvider services, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().EnsureAdminKeyAsync(logger);
    }
}
