using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Webhooks;

/// <summary>The API with webhooks allowed to reach the test's local receivers, and retries and backoff in milliseconds.</summary>
public sealed class WebhookFactory : ApiFactory
{
    public const int DisableAfter = 9;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
    }

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Webhooks:Timeout"] = "00:00:01",
        ["Webhooks:ImmediateRetries"] = "2",
        ["Webhooks:ImmediateRetryDelay"] = "00:00:00.020",
        ["Webhooks:Backoff"] = "00:00:00.100",
        ["Webhooks:MaxBackoff"] = "00:00:00.500",
        ["Webhooks:DisableAfterFailures"] = DisableAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Changes:PollInterval"] = "00:00:00.100",
    };
}
