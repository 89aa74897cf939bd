using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Tests.Changes;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Api.Webhooks;

namespace NewsroomClaims.Api.Tests.Webhooks;

/// <summary>
/// The real API process (`dotnet NewsroomClaims.Api.dll`) on the suite's database: killed mid-burst, and two of them
/// sharing one database. Whatever happens to a process, every committed change reaches the receiver, in order, and
/// nothing that did not commit does.
/// </summary>
public sealed class WebhookProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "newsroom-claims-webhooks", Guid.NewGuid().ToString("N"));
    private readonly string adminKey = ApiKeySecrets.Generate().Key;

    public WebhookProcessTests() => Directory.CreateDirectory(directory);

    [Fact]
    public async Task AfterTheApiIsKilledMidBurstEveryCommittedChangeIsDeliveredAndNothingRolledBack()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        CreatedWebhookResponse subscription;
        var acknowledged = new ConcurrentBag<Guid>();
        var (sent, cutOff) = (0, 0);
        await using (var api = await StartAsync())
        {
            using var client = Client(api);
            // Not the statements: the matching worker keeps grouping the imported claims after the restart, on its own time.
            subscription = await Hooks.SubscribeAsync(client, receiver, new { types = FeedTypes });
            var speaker = await new TestData(client).ActorAsync("Crash speaker");
            using var stop = new CancellationTokenSource();

            async Task Writer(int worker)
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    Interlocked.Increment(ref sent);
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/v1/articles/import",
                            ArticleImportTests.Import($"hook-crash-{worker}-{i}", speaker.Id, 3), Json.Options);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add((await response.ReadAsync<System.Text.Json.JsonElement>()).GetProperty("article").GetProperty("id").GetGuid());
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref cutOff);
                        return;
                    }
                }
            }

            var writers = Enumerable.Range(0, 8).Select(Writer).ToList();
            var watch = Stopwatch.StartNew();
            // Killed while writes are still coming and the worker is delivering them.
            while ((acknowledged.Count < 25 || receiver.All.Count < 3) && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20);
            }

            api.Kill();
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        var beforeRestart = receiver.All.Count;
        await using (var restarted = await StartAsync())
        {
            using var client = Client(restarted);
            var (committed, _) = await Feed.AllAfterAsync(client, subscription.DeliveredUpTo, FeedFilter);
            var delivered = await receiver.WaitAsync(
                d => d.Select(r => r.Id).ToHashSet().IsSupersetOf(committed.Select(c => c.Id.ToString())), Patience, $"all {committed.Count} committed changes");

            var firstSeen = delivered.Select(r => r.Id).Distinct().ToList();
            var duplicates = delivered.Count - firstSeen.Count;
            Figures.Record($"webhooks crash ({database.Provider}): 1 SIGKILL after {acknowledged.Count} acknowledged imports ({sent} sent, {cutOff} cut off); " +
                           $"after restart {committed.Count} committed changes, {firstSeen.Count} delivered ({beforeRestart} requests before the kill), " +
                           $"{duplicates} redelivered, {firstSeen.Count - committed.Count} not committed");

            // Every change the database committed arrived, in commit order, and nothing else: no change of a rolled-back import.
            Assert.Equal(committed.Select(c => c.Id.ToString()), firstSeen);
            Assert.All(delivered, d => d.Verify(subscription.Secret));
            var articles = committed.Where(c => c.ResourceType == ChangeResourceType.Article).Select(c => c.ResourceId).ToHashSet();
            Assert.Superset(acknowledged.ToHashSet(), articles);
            Assert.True(acknowledged.Count >= 25, $"only {acknowledged.Count} imports acknowledged before the kill");
            Assert.True(cutOff > 0, "the kill interrupted no request");
            Assert.True(beforeRestart >= 3, $"only {beforeRestart} deliveries were made before the kill");
        }
    }

    [Fact]
    public async Task TwoInstancesShareTheOutboxNeverDeliveringAChangeTwiceAtOnceAndLosingNone()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var second = await WebhookReceiver.StartAsync();
        receiver.Delay = second.Delay = TimeSpan.FromMilliseconds(15);
        await using var a = await StartAsync();
        await using var b = await StartAsync();
        using var clientA = Client(a);
        using var clientB = Client(b);
        // Everything but the statements the matching worker forms from the sample claims at start-up, whenever it gets to them.
        var first = await Hooks.SubscribeAsync(clientA, receiver, new { types = FeedTypes });
        var other = await Hooks.SubscribeAsync(clientB, second, new { types = new[] { "actor" } });

        var data = new[] { new TestData(clientA), new TestData(clientB) };
        var writes = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        async Task Writer(int worker)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await data[worker % 2].ActorAsync($"Scaled out {worker}-{i}");
                Interlocked.Increment(ref writes);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(Writer));
        var (committed, _) = await Feed.AllAfterAsync(clientB, first.DeliveredUpTo, FeedFilter);
        var (actors, _) = await Feed.AllAfterAsync(clientA, other.DeliveredUpTo, "&type=actor");
        var delivered = await receiver.WaitAsync(d => d.Select(r => r.Id).Distinct().Count() >= committed.Count, Patience, $"{committed.Count} changes");
        var deliveredOther = await second.WaitAsync(d => d.Select(r => r.Id).Distinct().Count() >= actors.Count, Patience, $"{actors.Count} actors");

        Figures.Record($"webhooks two instances ({database.Provider}): {writes} writes through A and B, {committed.Count} + {actors.Count} changes " +
                       $"delivered to 2 subscriptions by both instances, {delivered.Count - committed.Count + deliveredOther.Count - actors.Count} redelivered, " +
                       $"most requests at once per subscription: {receiver.MaxInFlight} and {second.MaxInFlight}");

        // One request at a time per subscription: no change was ever being delivered by both instances at once.
        Assert.Equal(1, receiver.MaxInFlight);
        Assert.Equal(1, second.MaxInFlight);
        Assert.Equal(committed.Select(c => c.Id.ToString()), delivered.Select(d => d.Id).Distinct());
        Assert.Equal(actors.Select(c => c.Id.ToString()), deliveredOther.Select(d => d.Id).Distinct());
        // A change may arrive twice (at least once: an attempt that timed out on a starved machine is retried), never
        // twice at once (above) and never out of order (first arrivals are the commit order, above).
        Assert.All(delivered, d => d.Verify(first.Secret));
        Assert.All(deliveredOther, d => d.Verify(other.Secret));
    }

    /// <summary>Every type but statements, which the matching worker writes after the tests' writes, whenever it gets to them.</summary>
    private static readonly string[] FeedTypes = ["article", "actor", "claim", "relation", "review"];

    private static readonly string FeedFilter = string.Concat(FeedTypes.Select(t => $"&type={t}"));

    private Task<ApiProcess> StartAsync()
    {
        var settings = new Dictionary<string, string?>(database.Settings) { ["Auth:BootstrapAdminKey"] = adminKey };
        foreach (var (key, value) in WebhookFactory.Settings)
        {
            settings[key] = value;
        }

        return ApiProcess.StartAsync(directory, settings);
    }

    private HttpClient Client(ApiProcess api)
    {
        var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
        return client;
    }

    public void Dispose()
    {
        database.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
