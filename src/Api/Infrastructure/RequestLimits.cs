using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>One body-size limit (1 MB by default, `Limits:MaxRequestBodyBytes`) for Kestrel and any other host.</summary>
public static class RequestLimits
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static long MaxBodyBytes(IConfiguration configuration) =>
        configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? DefaultMaxBodyBytes;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var max = MaxBodyBytes(configuration);
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = max);
        return services;
    }

    /// <summary>
    /// Refuses a declared oversize body before anything reads it, and sets the per-request limit where the
    /// server supports it (Kestrel then refuses chunked bodies mid-stream; the exception handler answers 413).
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        var max = MaxBodyBytes(app.Configuration);
        app.Use(async (http, next) =>
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = max;
            }

            if (http.Request.ContentLength > max)
            {
                throw new Microsoft.AspNetCore.Http.BadHttpRequestException($"The request body is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(http);
        });
        return app;
    }
}
