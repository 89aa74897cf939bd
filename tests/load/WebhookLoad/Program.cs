using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using StandardWebhooks;

// Writers that keep a newsroom busy, with and without a webhook subscription: WRITERS clients each POST /api/v1/claims
// back to back for SECONDS, first with no subscription (the yardstick), then with one subscription to a receiver in
// this process. The receiver verifies every delivery with the StandardWebhooks package and records when it arrived; the
// lag of a change is its arrival minus the change's time ("at", set by the API as it writes). After the second run every
// change it committed must arrive (checked against the feed); then the subscription is deleted and the writers run
// once more without one. The yardstick is the mean of the runs before and after: the database grows during the runs,
// so comparing the second run with the first alone would charge the subscription with the growth. Prints one RESULT
// line per run and the targets.
// Usage: webhook-load --url URL --key ADMIN_KEY [--writers 32] [--seconds 30] [--warmup 10] [--drain 120]
// The warm-up writes first, with a subscription of its own (JIT, caches), and is not compared, so the first measured run is not the cold one.
// The API must allow private targets (Webhooks:AllowPrivateTargets): the receiver listens on 127.0.0.1.
// Exit code 1 on any non-2xx write, an unverified delivery or a change not delivered.
var options = Enumerable.Range(0, args.Length / 2).ToDictionary(i => args[2 * i].TrimStart('-'), i => args[2 * i + 1]);
var writers = int.Parse(options.GetValueOrDefault("writers", "32"), CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture));
var drain = TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("drain", "120"), CultureInfo.InvariantCulture));
var warmup = TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("warmup", "10"), CultureInfo.InvariantCulture));
var run = Guid.NewGuid().ToString("N")[..10];

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = writers * 2 }) { BaseAddress = new Uri(options["url"].TrimEnd('/')), Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Add("X-Api-Key", options["key"]);

var received = new ConcurrentQueue<(string Id, string Timestamp, string Signature, string Body, DateTime At)>();
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
await using var receiver = builder.Build();
receiver.MapPost("/hooks", async (HttpContext context) =>
{
    using var reader = new StreamReader(context.Request.Body);
    var body = await reader.ReadToEndAsync();
    var headers = context.Request.Headers;
    received.Enqueue((headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(), headers["webhook-signature"].ToString(), body, DateTime.UtcNow));
    return Results.NoContent();
});
await receiver.StartAsync();
var hookUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hooks";

const string Sentence = "The minister said on Monday that the bridge will reopen in May, and officials warned that delays are likely.";
var speaker = await IdAsync(await http.PostAsJsonAsync("/api/v1/actors", new { name = $"Load minister {run}", kind = "person" }));
var articles = new Guid[writers];
for (var w = 0; w < writers; w++)
{
    articles[w] = await IdAsync(await http.PostAsJsonAsync("/api/v1/articles", new
    {
        headline = $"Load {run} {w}", canonicalUrl = $"https://load.example/{run}/{w}", publishedAt = "2025-05-01T08:00:00Z", language = "en", body = Sentence,
    }));
}

var failed = false;

// The warm-up delivers too, to a subscription of its own deleted afterwards: the delivery path (the API's worker,
// the HTTP client, this receiver) is otherwise compiled during the measured run, and its first seconds fell behind.
var warmHook = await SubscribeAsync($"load {run} warm-up");
await WriteAsync("warm-up (not compared)", warmup);
await UnsubscribeAsync(warmHook);
await Task.Delay(TimeSpan.FromSeconds(2));
received.Clear();

var baseline = await WriteAsync("without subscription", duration);
var start = await LatestTokenAsync();
var hook = await SubscribeAsync($"load {run}");
var loaded = await WriteAsync("with 1 subscription", duration);
var drained = Stopwatch.StartNew();

// Every change committed since the subscription began must arrive; then the lag of each, first arrival counted.
var committed = new List<(string Id, DateTime At)>();
for (var next = $"/api/v1/changes?after={Uri.EscapeDataString(start)}&pageSize=500"; ;)
{
    var page = await http.GetFromJsonAsync<JsonElement>(next);
    committed.AddRange(page.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("at").GetDateTime())));
    if (!page.GetProperty("hasMore").GetBoolean())
    {
        break;
    }

    next = page.GetProperty("next").GetString()!;
}

var expected = committed.Select(c => c.Id).ToHashSet();
while (drained.Elapsed < drain && !expected.IsSubsetOf(received.Select(r => r.Id)))
{
    await Task.Delay(100);
}

var verifier = new StandardWebhook(hook.GetProperty("secret").GetString()!);
var unverified = 0;
var first = new Dictionary<string, DateTime>();
foreach (var r in received)
{
    try
    {
        verifier.Verify(r.Body, new HeaderDictionary { ["webhook-id"] = r.Id, ["webhook-timestamp"] = r.Timestamp, ["webhook-signature"] = r.Signature });
    }
    catch (Exception)
    {
        unverified++;
    }

    first.TryAdd(r.Id, r.At);
}

var arrivals = first.Values.Order().ToList();
var deliveryRate = arrivals.Count > 1 ? (arrivals.Count - 1) / (arrivals[^1] - arrivals[0]).TotalSeconds : 0;
var lags = committed.Where(c => first.ContainsKey(c.Id)).Select(c => (first[c.Id] - c.At).TotalMilliseconds).Order().ToList();
var missing = committed.Count(c => !first.ContainsKey(c.Id));
if (committed.Count > 0)
{
    // The lag through the run, in 5 s slices of commit time: a lag that grows means the deliveries fall behind.
    var start0 = committed[0].At;
    Console.WriteLine("lag by commit time: " + string.Join(" ", committed.Where(c => first.ContainsKey(c.Id))
        .GroupBy(c => (int)((c.At - start0).TotalSeconds / 5))
        .Select(g => $"{g.Key * 5}s:p50={Pct(g.Select(c => (first[c.Id] - c.At).TotalMilliseconds).Order().ToList(), 0.5):F0}ms")));
}

var drainedAfter = drained.Elapsed;
await UnsubscribeAsync(hook);
var after = await WriteAsync("without subscription, after", duration);
var ratio = loaded.PerSecond / ((baseline.PerSecond + after.PerSecond) / 2);
Console.WriteLine($"RESULT deliveries changes={committed.Count} delivered={committed.Count - missing} missing={missing} " +
    $"redelivered={received.Count - first.Count} unverified={unverified} lag_p50_ms={Pct(lags, 0.5):F0} lag_p99_ms={Pct(lags, 0.99):F0} lag_max_ms={(lags.Count > 0 ? lags[^1] : 0):F0} " +
    $"deliveries_per_s={deliveryRate:F0} drained_after_writes_s={drainedAfter.TotalSeconds:F1}");
Console.WriteLine($"RESULT throughput_ratio={ratio:F2} (with subscription / mean of without, before and after)");
Console.WriteLine($"target delivery lag p99 < 2 s: {(Pct(lags, 0.99) < 2000 && missing == 0 ? "met" : "MISSED")}");
Console.WriteLine($"target write throughput with a subscription within 20% of without: {(ratio >= 0.8 ? "met" : "MISSED")}");
return failed || missing > 0 || unverified > 0 ? 1 : 0;

async Task<(double PerSecond, int Writes)> WriteAsync(string label, TimeSpan duration)
{
    var statuses = new ConcurrentDictionary<string, int>();
    var latencies = new ConcurrentBag<double>();
    var clock = Stopwatch.StartNew();
    async Task Writer(int w)
    {
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var started = clock.Elapsed;
            string outcome;
            try
            {
                using var response = await http.PostAsJsonAsync("/api/v1/claims", Claim(w, n));
                outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                outcome = exception.GetType().Name;
            }

            latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            statuses.AddOrUpdate(outcome, 1, (_, c) => c + 1);
        }
    }

    await Task.WhenAll(Enumerable.Range(0, writers).Select(Writer));
    var seconds = clock.Elapsed.TotalSeconds;
    var ok = statuses.Where(s => s.Key.StartsWith('2')).Sum(s => s.Value);
    var sorted = latencies.Order().ToList();
    failed |= ok != statuses.Values.Sum();
    var perSecond = ok / seconds;
    Console.WriteLine($"RESULT writes {label}: writers={writers} seconds={seconds:F0} writes={ok} writes_per_s={perSecond:F0} " +
        $"p50_ms={Pct(sorted, 0.5):F0} p99_ms={Pct(sorted, 0.99):F0} statuses={string.Join(",", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}");
    return (perSecond, ok);
}

JsonObject Claim(int w, int n) => new()
{
    ["articleId"] = articles[w].ToString(),
    ["content"] = $"the bridge will reopen in May ({run} {w}/{n})",
    ["kind"] = "indirect",
    ["cue"] = "said",
    ["contentSpan"] = new JsonObject { ["start"] = 31, ["end"] = 61 },
    ["speaker"] = new JsonObject { ["actorId"] = speaker.ToString(), ["cue"] = "said", ["span"] = new JsonObject { ["start"] = 4, ["end"] = 12 } },
    ["reportedBy"] = new JsonArray(new JsonObject { ["description"] = "the ministry", ["cue"] = "according to" }),
    ["topics"] = new JsonArray("transport"),
};

async Task<JsonElement> SubscribeAsync(string description)
{
    using var created = await http.PostAsJsonAsync("/api/v1/webhooks", new { url = hookUrl, description });
    return await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
}

async Task UnsubscribeAsync(JsonElement subscription) => await http.DeleteAsync($"/api/v1/webhooks/{subscription.GetProperty("id").GetGuid()}");

async Task<string> LatestTokenAsync() =>
    (await http.GetFromJsonAsync<JsonElement>("/api/v1/changes?pageSize=1&type=relation&action=deleted")).GetProperty("latestToken").GetString()!;

static async Task<Guid> IdAsync(HttpResponseMessage response)
{
    using (response)
    {
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

static double Pct(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];
