using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Api.Reviews.Import;
using NewsroomClaims.Api.Statements;

namespace NewsroomClaims.Api.Infrastructure;

public static class ServicesSetup
{
    public static IServiceCollection AddResourceServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewImportOptions>().BindConfiguration(ReviewImportOptions.Section);
        return services.AddResourceWriters(configuration);
    }

    private static IServiceCollection AddResourceWriters(this IServiceCollection services, IConfiguration configuration) => services
        .Configure<ExtractionSettings>(configuration.GetSection("Extraction"))
        .AddScoped<ActorWriter>()
        .AddScoped<ArticleWriter>()
        .AddScoped<ClaimWriter>()
        .AddScoped<ClaimQueries>()
        .AddScoped<ClaimReferences>()
        .AddScoped<StatementService>()
        .AddScoped<ReviewWriter>()
        .AddScoped<ReviewQueries>()
        .AddScoped<ReviewImporter>()
        .AddScoped<IClaimMatcher, TextClaimMatcher>()
        .AddMemoryCache()
        .AddSingleton<ExtractionEngine>()
        .AddHostedService<ExtractionWarmUp>()
        .AddScoped<GazetteerSource>()
        .AddScoped<ArticleExtraction>();
}
