using System.ComponentModel.DataAnnotations;

namespace NewsroomClaims.Api.Webhooks;

public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Let targets resolve to loopback, link-local or private addresses (tests, a receiver on the same host). Off: such targets are refused (SSRF).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long one attempt may take, connection and answer included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Quick retries of a failed attempt (exponential backoff with jitter, in process) before the subscription waits.</summary>
    [Range(0, 10)]
    public int ImmediateRetries { get; set; } = 2;

    /// <summary>The first quick retry's delay; each next one doubles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan ImmediateRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After the quick retries failed, the subscription waits this long, doubling with each further failure...</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>...up to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed attempts in a row after which the subscription is disabled (an admin enables it again).</summary>
    [Range(1, 100_000)]
    public int DisableAfterFailures { get; set; } = 60;

    /// <summary>Subscriptions delivered to at once by one instance.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Changes one turn delivers before the subscription's lock is given back.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long delivery attempts are listed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(30);
}
