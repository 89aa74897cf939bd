using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>
/// Delivers one change with quick retries (Polly: exponential backoff with jitter, <see cref="WebhookOptions.ImmediateRetries"/>),
/// recording every attempt. When they all fail the caller stops the subscription's turn there, so later changes wait
/// behind this one: deliveries stay in order.
/// </summary>
public sealed class WebhookDeliverer
{
    private readonly WebhookSender sender;
    private readonly TimeProvider time;
    private readonly ResiliencePipeline<AttemptResult> pipeline;

    public WebhookDeliverer(WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider time)
    {
        this.sender = sender;
        this.time = time;
        var builder = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = time };
        if (options.Value.ImmediateRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Succeeded: false }),
                MaxRetryAttempts = options.Value.ImmediateRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.Value.ImmediateRetryDelay,
            });
        }

        pipeline = builder.Build();
    }

    /// <summary>Attempts the delivery until one attempt succeeds or the quick retries are spent; every attempt is returned.</summary>
    public async Task<(bool Delivered, List<WebhookDelivery> Attempts)> DeliverAsync(WebhookSubscription subscription, WebhookMessage message, CancellationToken cancellationToken)
    {
        var attempts = new List<WebhookDelivery>();
        var result = await pipeline.ExecuteAsync(async token =>
        {
            var attempt = await sender.SendAsync(subscription, message, token);
            attempts.Add(Record(subscription, message, attempt, manual: false));
            return attempt;
        }, cancellationToken);
        return (result.Succeeded, attempts);
    }

    /// <summary>One attempt of a redelivery an admin asked for, written into its pending record.</summary>
    public async Task RedeliverAsync(WebhookSubscription subscription, WebhookMessage message, WebhookDelivery pending, CancellationToken cancellationToken)
    {
        var attempt = await sender.SendAsync(subscription, message, cancellationToken);
        Fill(pending, attempt);
    }

    private WebhookDelivery Record(WebhookSubscription subscription, WebhookMessage message, AttemptResult attempt, bool manual)
    {
        var delivery = new WebhookDelivery
        {
            SubscriptionId = subscription.Id,
            ChangeId = message.ChangeId,
            Sequence = message.Sequence,
            EventType = message.EventType,
            Manual = manual,
        };
        Fill(delivery, attempt);
        return delivery;
    }

    private void Fill(WebhookDelivery delivery, AttemptResult attempt)
    {
        delivery.Status = attempt.Succeeded ? DeliveryStatus.Succeeded : DeliveryStatus.Failed;
        delivery.ResponseStatus = attempt.Status;
        delivery.LatencyMs = Math.Round(attempt.LatencyMs, 3);
        delivery.Error = attempt.Error;
        delivery.ResponseBody = attempt.ResponseBody;
        delivery.At = time.GetUtcNow().UtcDateTime;
    }
}
