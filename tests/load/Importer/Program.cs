using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Loads an archive as a newsroom would: CLIENTS clients each POST /api/v1/articles/import (an article with CLAIMS claims)
// back to back for SECONDS, then every article of the run is read back through the API: each acknowledged one must be
// there with all its claims, and no article of the run may hold fewer (half written). Prints the figures on one line.
// Usage: importer --url URL --key KEY --speaker ACTOR_ID [--clients 4] [--claims 100] [--seconds 30]
// Exit code 1 on any 5xx, failed request or failed check.
var options = Enumerable.Range(0, args.Length / 2).ToDictionary(i => args[2 * i].TrimStart('-'), i => args[2 * i + 1]);
var url = options["url"].TrimEnd('/');
var speaker = Guid.Parse(options["speaker"]);
var clients = int.Parse(options.GetValueOrDefault("clients", "4"));
var perArticle = int.Parse(options.GetValueOrDefault("claims", "100"));
var duration = TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("seconds", "30")));
var run = Guid.NewGuid().ToString("N")[..12];

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Add("X-Api-Key", options["key"]);

const string Sentence = "The minister said on Monday that the bridge will reopen in May, and officials warned that delays are likely. ";
var body = string.Concat(Enumerable.Repeat(Sentence, perArticle));
var acknowledged = new ConcurrentBag<Guid>();
var statuses = new ConcurrentDictionary<string, int>();
var latencies = new ConcurrentBag<double>();
var clock = Stopwatch.StartNew();

JsonObject Import(int client, int n)
{
    var claims = new JsonArray();
    for (var i = 0; i < perArticle; i++)
    {
        var at = i * Sentence.Length;
        claims.Add(new JsonObject
        {
            ["content"] = $"the bridge will reopen in May ({run} {client}/{n}/{i})",
            ["kind"] = "indirect",
            ["cue"] = "said",
            ["contentSpan"] = new JsonObject { ["start"] = at + 31, ["end"] = at + 61 },
            ["speaker"] = new JsonObject { ["actorId"] = speaker.ToString(), ["cue"] = "said", ["span"] = new JsonObject { ["start"] = at + 4, ["end"] = at + 12 } },
            ["reportedBy"] = new JsonArray(new JsonObject { ["description"] = "the ministry", ["cue"] = "according to" }),
            ["topics"] = new JsonArray("transport"),
            ["about"] = new JsonArray(speaker.ToString()),
        });
    }

    return new JsonObject
    {
        ["article"] = new JsonObject
        {
            ["headline"] = $"Archive {run} {client}/{n}",
            ["canonicalUrl"] = $"https://archive.example/{run}/{client}/{n}",
            ["publishedAt"] = "2025-05-01T08:00:00Z",
            ["language"] = "en",
            ["body"] = body,
        },
        ["claims"] = claims,
    };
}

async Task Client(int client)
{
    for (var n = 0; clock.Elapsed < duration; n++)
    {
        var started = clock.Elapsed;
        string outcome;
        try
        {
            using var response = await http.PostAsJsonAsync("/api/v1/articles/import", Import(client, n));
            outcome = ((int)response.StatusCode).ToString();
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                acknowledged.Add(answer.GetProperty("article").GetProperty("id").GetGuid());
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            outcome = exception.GetType().Name;
        }

        latencies.Add((clock.Elapsed - started).TotalMilliseconds);
        statuses.AddOrUpdate(outcome, 1, (_, c) => c + 1);
    }
}

await Task.WhenAll(Enumerable.Range(0, clients).Select(Client));
var elapsed = clock.Elapsed.TotalSeconds;

// Every article of the run, acknowledged or not, read back through the API with all its claims.
var incomplete = 0;
var stored = new HashSet<Guid>();
for (var next = $"/api/v1/articles?q={run}&pageSize=100"; next is not null;)
{
    var page = await http.GetFromJsonAsync<JsonElement>(next);
    foreach (var item in page.GetProperty("items").EnumerateArray())
    {
        var id = item.GetProperty("id").GetGuid();
        stored.Add(id);
        var count = 0;
        for (var claims = $"/api/v1/articles/{id}/claims?pageSize=100"; claims is not null;)
        {
            var claimPage = await http.GetFromJsonAsync<JsonElement>(claims);
            count += claimPage.GetProperty("items").GetArrayLength();
            claims = claimPage.GetProperty("next").GetString();
        }

        incomplete += count == perArticle ? 0 : 1;
    }

    next = page.GetProperty("next").GetString();
}

var missing = acknowledged.Count(id => !stored.Contains(id));
var sorted = latencies.Order().ToList();
var serverErrors = statuses.Where(s => s.Key.StartsWith('5') || !char.IsDigit(s.Key[0])).Sum(s => s.Value);
Console.WriteLine($"RESULT clients={clients} claims_per_article={perArticle} seconds={elapsed:F0} articles={acknowledged.Count} " +
    $"claims_per_s={acknowledged.Count * perArticle / elapsed:F0} p50_ms={sorted[sorted.Count / 2]:F0} p99_ms={sorted[(int)(sorted.Count * 0.99)]:F0} " +
    $"errors_5xx={serverErrors} missing={missing} half_written={incomplete} unacknowledged_stored={stored.Count - acknowledged.Count} " +
    $"statuses={string.Join(",", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}");
return serverErrors == 0 && missing == 0 && incomplete == 0 && statuses.Keys.All(k => k.StartsWith('2')) ? 0 : 1;
