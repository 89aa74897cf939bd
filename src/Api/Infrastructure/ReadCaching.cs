using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Caches successful API reads in process and drops the whole cache on every successful write, so a
/// read after a write through the same instance always sees it. An in-process cache cannot see writes
/// made through another instance, so it is on by default only for SQLite (one process owns the file);
/// on PostgreSQL, where instances scale out, it stays off unless configured.
/// </summary>
public static class ReadCaching
{
    public const string Tag = "api";

    public static IServiceCollection AddReadCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReadCacheOptions>(configuration.GetSection(ReadCacheOptions.Section));
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ReadCacheOptions>, IOptions<DatabaseOptions>>((options, cache, database) =>
        {
            if (!cache.Value.IsEnabledFor(database.Value.Provider))
            {
                return;
            }

            options.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.Request.Path.StartsWithSegments("/api/v1"))
                .Expire(TimeSpan.FromSeconds(cache.Value.Seconds))
                .SetVaryByHeader("Accept", "X-Api-Key")
                .Tag(Tag));
        });
        return services;
    }
}

public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    /// <summary>On, off, or (null) on for SQLite and off for PostgreSQL.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a cached read may be served at most; a write through this instance clears it at once.</summary>
    public int Seconds { get; set; } = 30;

    public bool IsEnabledFor(DatabaseProvider provider) => Enabled ?? provider == DatabaseProvider.Sqlite;
}

/// <summary>Evicts every cached read once a write has succeeded, before its response is sent.</summary>
internal sealed class EvictReadsOnWriteFilter(IOutputCacheStore store) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        await next();
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return;
        }

        // Evict even when the action failed: a failure after a commit must not leave stale reads.
        await store.EvictByTagAsync(ReadCaching.Tag, default);
    }
}
