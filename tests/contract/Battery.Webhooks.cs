using System.Text.Json;

namespace NewsroomClaims.Contract;

internal sealed partial class Battery
{
    private Guid hook;
    private Guid delivery;
    private string oldest = "";
    private DateTime oldestRead;

    /// <summary>The change feed and the webhook operations.</summary>
    private Dictionary<string, Func<Task<Req>>> FeedRecipes() => new()
    {
        ["ListChanges"] = () => Task.FromResult(Get($"/api/v1/changes?type=claim&speaker={putin}&pageSize=3")),

        ["ListWebhooks"] = () => Task.FromResult(new Req("GET", "/api/v1/webhooks", 200, Key: admin)),
        ["CreateWebhook"] = () => Task.FromResult(new Req("POST", "/api/v1/webhooks", 201, Json(Hook()), Key: admin)),
        ["GetWebhook"] = () => Task.FromResult(new Req("GET", $"/api/v1/webhooks/{hook}", 200, Key: admin)),
        ["ReplaceWebhook"] = async () => new Req("PUT", $"/api/v1/webhooks/{await NewHookAsync()}", 200, Json(Hook(enabled: false)), Key: admin),
        ["PatchWebhook"] = async () => new Req("PATCH", $"/api/v1/webhooks/{await NewHookAsync()}", 200,
            Json(new { enabled = false, description = (string?)null, actions = new[] { "retracted" } }), "application/merge-patch+json", admin),
        ["DeleteWebhook"] = async () => new Req("DELETE", $"/api/v1/webhooks/{await NewHookAsync()}", 204, Key: admin),
        ["ListWebhookDeliveries"] = () => Task.FromResult(new Req("GET", $"/api/v1/webhooks/{hook}/deliveries?status=failed&pageSize=2", 200, Key: admin)),
        ["GetWebhookDelivery"] = () => Task.FromResult(new Req("GET", $"/api/v1/webhooks/{hook}/deliveries/{delivery}", 200, Key: admin)),

        // Each retry of a fresh attempt, so an Idempotency-Key reused on another request is one the API has not seen with it.
        ["RetryWebhookDelivery"] = async () => new Req("POST", $"/api/v1/webhooks/{hook}/deliveries/{await RetriedDeliveryAsync()}/retry", 202, Key: admin),
    };

    /// <summary>
    /// A subscription with a delivery attempt to list: its target is a public name that does not resolve (.invalid), so
    /// the worker's attempts fail and are recorded, and nothing leaves the machine.
    /// </summary>
    private async Task SetupWebhooksAsync()
    {
        await NewActorAsync();
        var (_, page) = await run.SendAsync(Get("/api/v1/changes?pageSize=1"));
        oldest = JsonDocument.Parse(page).RootElement.GetProperty("changes")[0].GetProperty("token").GetString()!;
        oldestRead = DateTime.UtcNow;
        hook = await NewHookAsync();
        await NewActorAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (delivery == Guid.Empty)
        {
            var (_, body) = await run.SendAsync(new Req("GET", $"/api/v1/webhooks/{hook}/deliveries", 200, Key: admin));
            var items = JsonDocument.Parse(body).RootElement.GetProperty("items");
            if (items.GetArrayLength() > 0)
            {
                delivery = items[0].GetProperty("id").GetGuid();
            }
            else if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("the webhook worker attempted no delivery within 90 s");
            }
            else
            {
                await Task.Delay(500);
            }
        }
    }

    private object Hook(bool enabled = true) => new
    {
        url = $"https://cms.newsroom.invalid/hooks/{Guid.NewGuid():N}",
        description = Unique("Contract check"),
        types = new[] { "actor", "claim" },
        actions = Array.Empty<string>(),
        enabled,
    };

    private async Task<Guid> NewHookAsync()
    {
        var (_, body) = await run.SendAsync(new Req("POST", "/api/v1/webhooks", 201, Json(Hook()), Key: admin));
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<Guid> RetriedDeliveryAsync()
    {
        var (_, body) = await run.SendAsync(new Req("POST", $"/api/v1/webhooks/{hook}/deliveries/{delivery}/retry", 202, Key: admin));
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A long poll that finds nothing: an empty page after the wait, with the same token to come back with.</summary>
    private async Task ChangesAsync()
    {
        var (_, body) = await run.SendAsync(Get("/api/v1/changes?type=relation&action=deleted&pageSize=1"));
        var latest = JsonDocument.Parse(body).RootElement.GetProperty("latestToken").GetString();
        var (_, waited) = await run.SendAsync(Get($"/api/v1/changes?after={Uri.EscapeDataString(latest!)}&article={Guid.NewGuid()}&wait=1"));
        if (JsonDocument.Parse(waited).RootElement.GetProperty("changes").GetArrayLength() != 0)
        {
            run.Failures.Add("ListChanges: a long poll for an unknown article found changes");
        }

        await run.SendAsync(new Req("GET", "/api/v1/changes?after=not-a-token", 400));

        // The first change of the sample story, read at the start, is past the retention the check's API runs with
        // (Changes:Retention 30 s, pruned every 5 s) by now: 410 with where to start again.
        var pruned = oldestRead + TimeSpan.FromSeconds(40) - DateTime.UtcNow;
        await Task.Delay(pruned > TimeSpan.Zero ? pruned : TimeSpan.Zero);
        var (_, gone) = await run.SendAsync(new Req("GET", $"/api/v1/changes?after={Uri.EscapeDataString(oldest)}", 410));
        if (!JsonDocument.Parse(gone).RootElement.TryGetProperty("latestToken", out _))
        {
            run.Failures.Add("ListChanges: the 410 does not say where to start again (latestToken)");
        }
        await run.SendAsync(new Req("GET", "/api/v1/changes?wait=31", 400, ContractForbids: true));
    }
}
