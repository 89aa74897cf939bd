using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Webhooks;

public static class WebhooksSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // One client for every target: no redirects, no proxy (a proxy would connect where the address check cannot see),
        // no cookies, and every connection made through the SSRF check on the addresses it connects to.
        services.AddHttpClient(WebhookSender.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsroomClaims-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectTimeout = options.Timeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    MaxResponseHeadersLength = 16,
                    ConnectCallback = (context, cancellationToken) => WebhookTargets.ConnectAsync(context, options.AllowPrivateTargets, cancellationToken),
                };
            })
            .RemoveAllLoggers();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDeliverer>();
        services.AddSingleton<SubscriptionTurns>();
        services.AddHostedService<WebhookWorker>();
        return services;
    }
}
