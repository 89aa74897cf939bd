using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Idempotency;

namespace NewsroomClaims.Api.Security;

/// <summary>
/// CORS through ASP.NET Core's own middleware, for newsroom tools that run in a browser on their own origin.
/// Keys travel in X-Api-Key, never in cookies, so no policy allows credentials: a page on an allowed origin
/// must hold a key to write, exactly like any other client.
/// </summary>
public static class CorsSetup
{
    /// <summary>Headers a browser page may send beyond the always-allowed ones (Accept, Content-Language, ...).</summary>
    public static readonly string[] AllowedHeaders =
        [ApiKeyAuthenticationHandler.HeaderName, "If-Match", "If-None-Match", IdempotencyStore.HeaderName, "Content-Type"];

    /// <summary>Response headers a page may read besides the always-readable ones (Content-Type, Cache-Control, ...).</summary>
    public static readonly string[] ExposedHeaders =
        ["ETag", "Location", "Link", "Retry-After", "Idempotent-Replayed", "Content-Disposition"];

    public static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static readonly string[] AllMethods = [.. ReadMethods, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = CrossOriginOptions.From(configuration);
        services.AddSingleton(options);
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, OriginPolicyProvider>());
        return services;
    }

    /// <summary>Before authentication and rate limiting: a preflight carries no key and is answered here (204).</summary>
    public static WebApplication UseApiCors(this WebApplication app)
    {
        if (app.Services.GetRequiredService<CrossOriginOptions>().AllowedOrigins.Count > 0)
        {
            // Answers differ by Origin (allowed or not), so a shared cache must not hand one origin's answer to another.
            app.Use((http, next) =>
            {
                http.Response.OnStarting(() =>
                {
                    if (!http.Response.Headers.Vary.Any(v => v!.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase)))
                    {
                        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
                    }

                    return Task.CompletedTask;
                });
                return next(http);
            });
        }

        app.UseCors();
        return app;
    }
}

/// <summary>
/// Picks the policy from the request's origin: a listed origin may use every method; with `*` any other
/// origin may read; any other origin gets a policy that allows nothing, so its preflight is answered (204)
/// without the Access-Control-Allow-* headers and the browser refuses the call.
/// </summary>
internal sealed class OriginPolicyProvider : ICorsPolicyProvider
{
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);
    private readonly CrossOriginOptions options;
    private readonly CorsPolicy listed;
    private readonly CorsPolicy anyOriginReads;
    private readonly CorsPolicy refused = new();

    public OriginPolicyProvider(CrossOriginOptions options)
    {
        this.options = options;
        listed = Policy(b => b.WithOrigins([.. options.ListedOrigins]), CorsSetup.AllMethods);
        anyOriginReads = Policy(b => b.AllowAnyOrigin(), CorsSetup.ReadMethods);
    }

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (options.ListedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return Task.FromResult<CorsPolicy?>(listed);
        }

        // A preflight asks for its method and the policy's method list answers it; an actual request is judged by
        // its own method, so a "simple" cross-origin POST (no preflight) is not readable under `*` either.
        var isPreflight = HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey("Access-Control-Request-Method");
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        return Task.FromResult<CorsPolicy?>(options.AnyOriginMayRead && (isPreflight || isRead) ? anyOriginReads : refused);
    }

    private static CorsPolicy Policy(Action<CorsPolicyBuilder> origins, string[] methods)
    {
        var builder = new CorsPolicyBuilder();
        origins(builder);
        return builder
            .WithMethods(methods)
            .WithHeaders(CorsSetup.AllowedHeaders)
            .WithExposedHeaders(CorsSetup.ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge)
            .Build();
    }
}
