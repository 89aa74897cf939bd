using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Changes;
using StandardWebhooks;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>A change as a Standard Webhooks message: its id, and the exact JSON whose bytes are signed.</summary>
public sealed record WebhookMessage(Guid ChangeId, long Sequence, string EventType, string Payload)
{
    /// <summary><c>{"type": "claim.retracted", "timestamp": ..., "data": the change as the feed gives it}</c>.</summary>
    public static WebhookMessage From(ChangeResponse change, JsonSerializerOptions json) =>
        new(change.Id, change.Sequence, change.Type, JsonSerializer.Serialize(new WebhookPayload(change.Type, change.At, change), json));
}

/// <summary>The body every delivery carries.</summary>
/// <param name="Type">The event type, as the change's <c>type</c>.</param>
/// <param name="Timestamp">When the change was made.</param>
/// <param name="Data">The change, exactly as <c>GET /api/v1/changes</c> gives it.</param>
public sealed record WebhookPayload(string Type, DateTime Timestamp, ChangeResponse Data);

/// <summary>How one attempt went.</summary>
public sealed record AttemptResult(bool Succeeded, int? Status, double LatencyMs, string? Error, string? ResponseBody);

/// <summary>
/// Sends one signed delivery: headers <c>webhook-id</c> (the change's id, the same on every retry so a receiver can
/// drop duplicates), <c>webhook-timestamp</c> and <c>webhook-signature</c> (HMAC-SHA256 by the StandardWebhooks package).
/// No redirect is followed, the whole attempt is bounded by <see cref="WebhookOptions.Timeout"/> and at most a few
/// kilobytes of the answer are read.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "webhooks";
    private const int ReadLimit = 4096;

    public async Task<AttemptResult> SendAsync(WebhookSubscription subscription, WebhookMessage message, CancellationToken cancellationToken)
    {
        var id = message.ChangeId.ToString();
        var now = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(message.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(subscription.Secret).Sign(id, now, message.Payload));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadSomeAsync(response.Content, timeout.Token);
            var status = (int)response.StatusCode;
            var succeeded = status is >= 200 and < 300;
            var error = succeeded ? null
                : status is >= 300 and < 400 ? $"The target answered {status} (a redirect); redirects are not followed."
                : $"The target answered {status}.";
            return new AttemptResult(succeeded, status, watch.Elapsed.TotalMilliseconds, error, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(false, null, watch.Elapsed.TotalMilliseconds, $"No answer within {options.Value.Timeout.TotalSeconds:0.###} s.", null);
        }
        catch (HttpRequestException exception)
        {
            return new AttemptResult(false, null, watch.Elapsed.TotalMilliseconds, Truncate(Innermost(exception).Message, WebhookDelivery.MaxError), null);
        }
    }

    /// <summary>The start of the answer, for the deliveries list; the rest is never read.</summary>
    private static async Task<string?> ReadSomeAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ReadLimit];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += count;
        }

        return read == 0 ? null : Truncate(Encoding.UTF8.GetString(buffer, 0, read), WebhookDelivery.MaxResponseBody);
    }

    private static Exception Innermost(Exception exception) =>
        exception is BlockedTargetException || exception.InnerException is null ? exception : Innermost(exception.InnerException);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
