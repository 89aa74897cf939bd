using Microsoft.AspNetCore.Server.Kestrel.Core;
using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace NewsroomClaims.Api.Security;

/// <summary>
/// The headers a hardened API sends on every answer (errors, 404s and the SVG graph included):
/// no MIME sniffing, no referrer, no framing, HTTPS only once seen over HTTPS, and a Content-Security-Policy that
/// allows nothing to run.
/// Swagger UI is the one page that needs scripts; it gets its own policy that still allows only
/// the API's own files (no inline script, no other origin).
/// </summary>
public static class SecurityHeadersSetup
{
    public const string SwaggerUiPolicy = "swagger-ui";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        // Kestrel writes "Server: Kestrel" after every middleware has run, so only Kestrel can leave it out.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddSecurityHeaderPolicies(policies => policies
            .SetDefaultPolicy(p => Common(p).AddContentSecurityPolicy(ApiCsp))
            .AddPolicy(SwaggerUiPolicy, p => Common(p).AddContentSecurityPolicy(SwaggerUiCsp))
            .SetPolicySelector(context => IsSwaggerUi(context.HttpContext.Request)
                ? context.ConfiguredPolicies[SwaggerUiPolicy]
                : context.SelectedPolicy));
        return services;
    }

    /// <summary>First in the pipeline, so every answer, including the exception handler's, carries the headers.</summary>
    public static WebApplication UseApiSecurityHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders();
        return app;
    }

    /// <summary>Swagger UI's page and files; the OpenAPI document itself is JSON and gets the API's policy.</summary>
    private static bool IsSwaggerUi(HttpRequest request) =>
        request.Path.StartsWithSegments("/swagger") && !request.Path.Value!.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policies) => policies
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyNoReferrer()
        .AddCustomHeader("X-Frame-Options", "DENY")

        // Only on HTTPS answers: behind a TLS-terminating proxy the proxy sends it.
        .AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 365 * 24 * 60 * 60)
        .RemoveServerHeader();

    /// <summary>Nothing loads, runs or frames: JSON, CSV, feeds and the SVG graph need none of it.</summary>
    private static void ApiCsp(CspBuilder csp)
    {
        csp.AddDefaultSrc().None();
        csp.AddBaseUri().None();
        csp.AddFormAction().None();
        csp.AddFrameAncestors().None();
    }

    /// <summary>Swagger UI's own scripts and styles from this origin (no inline script), its inline styles and data: icons, calls to this API only.</summary>
    private static void SwaggerUiCsp(CspBuilder csp)
    {
        csp.AddDefaultSrc().None();
        csp.AddScriptSrc().Self();
        csp.AddStyleSrc().Self().UnsafeInline();
        csp.AddImgSrc().Self().Data();
        csp.AddFontSrc().Self().Data();
        csp.AddConnectSrc().Self();
        csp.AddBaseUri().None();
        csp.AddFormAction().Self();
        csp.AddFrameAncestors().None();
    }
}
