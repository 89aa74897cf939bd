using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Infrastructure;

public static class ServicesSetup
{
    public static IServiceCollection AddResourceServices(this IServiceCollection services) => services
        .AddScoped<ActorWriter>()
        .AddScoped<ArticleWriter>()
        .AddScoped<ClaimWriter>()
        .AddScoped<ClaimQueries>()
        .AddScoped<ClaimReferences>()
        .AddMemoryCache()
        .AddSingleton<AttributionExtractor>()
        .AddScoped<GazetteerSource>()
        .AddScoped<ArticleExtraction>();
}
