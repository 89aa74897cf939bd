using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
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

            options.AddBasePolicy(new ApiReadPolicy(TimeSpan.FromSeconds(cache.Value.Seconds)));
        });
        return services;
    }
}

/// <summary>
/// The framework's default policy skips authenticated requests; API keys authenticate every keyed read,
/// so this policy caches them too, varied by the key (and by Accept for the export formats).
/// </summary>
internal sealed class ApiReadPolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments("/api/v1")
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NoReadCacheAttribute>() is null;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new StringValues(["Accept", "X-Api-Key"]);
        context.ResponseExpirationTimeSpan = lifetime;
        context.Tags.Add(ReadCaching.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        context.AllowCacheStorage &= response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey("Set-Cookie");
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A read the cache leaves alone. Turning caching off (rather than only not storing, as [OutputCache(NoStore = true)]
/// does) matters for a streamed export: a cached read copies its body into memory as it goes out (up to 100 MB)
/// and makes identical concurrent requests queue behind the first one.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class NoReadCacheAttribute : Attribute;

public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    /// <summary>On, off, or (null) on for SQLite and off for PostgreSQL.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a cached read may be served at most; a write through this instance clears it at once.</summary>
    public int Seconds { get; set; } = 30;

    public bool IsEnabledFor(DatabaseProvider provider) => Enabled ?? provider == DatabaseProvider.Sqlite;
}
