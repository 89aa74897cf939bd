using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Search;

public static class SearchSetup
{
    /// <summary>Picks the search engine that matches the configured database.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchTermCounts>();
        return services.AddScoped<ISearchEngine>(sp => sp.GetRequiredService<DatabaseOptions>().Provider switch
        {
            DatabaseProvider.Postgres => ActivatorUtilities.CreateInstance<PostgresSearchEngine>(sp),
            _ => ActivatorUtilities.CreateInstance<SqliteSearchEngine>(sp),
        });
    }
}
