using Mapster;

namespace NewsroomClaims.Api.Infrastructure;

public static class MappingSetup
{
    /// <summary>One Mapster configuration built from every IRegister in the API (one per resource folder).</summary>
    public static TypeAdapterConfig CreateConfig()
    {
        var config = new TypeAdapterConfig();
        config.Default.MapToConstructor(true);
        config.Scan(typeof(MappingSetup).Assembly);
        return config;
    }

    public static IServiceCollection AddMapping(this IServiceCollection services)
    {
        var config = CreateConfig();
        config.Compile();
        services.AddSingleton(config);
        return services;
    }
}
