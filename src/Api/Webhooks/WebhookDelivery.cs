namespace NewsroomClaims.Api.Webhooks;

public enum DeliveryStatus
{
    /// <summary>A redelivery asked for and not yet attempted.</summary>
    Pending,
    Succeeded,
    Failed,
}

/// <summary>One attempt to deliver one change to one subscription: what came back and how long it took.</summary>
public sealed class WebhookDelivery
{
    public const int MaxError = 500;
    public const int MaxResponseBody = 512;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SubscriptionId { get; set; }

    /// <summary>The change delivered (its revision id, sent as webhook-id).</summary>
    public Guid ChangeId { get; set; }

    public long Sequence { get; set; }

    public string EventType { get; set; } = "";

    public DeliveryStatus Status { get; set; }

    /// <summary>The receiver's HTTP status; null when no answer came (refused, timed out, blocked).</summary>
    public int? ResponseStatus { get; set; }

    public double? LatencyMs { get; set; }

    public string? Error { get; set; }

    /// <summary>The start of the receiver's answer, at most <see cref="MaxResponseBody"/> characters.</summary>
    public string? ResponseBody { get; set; }

    /// <summary>Asked for through the retry endpoint, outside the subscription's order.</summary>
    public bool Manual { get; set; }

    public DateTime At { get; set; } = DateTime.UtcNow;
}
