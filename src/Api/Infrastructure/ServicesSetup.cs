using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;

namespace NewsroomClaims.Api.Infrastructure;

public static class ServicesSetup
{
    public static IServiceCollection AddResourceServices(this IServiceCollection services) => services
        .AddScoped<ActorWriter>()
        .AddScoped<ArticleWriter>()
        .AddScoped<ClaimWriter>()
        .AddScoped<ClaimQueries>();
}
