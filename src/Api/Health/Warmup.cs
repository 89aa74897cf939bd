using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Health;

/// <summary>
/// Sends the API's hot reads to itself over loopback at start, before /health/ready says ready. .NET first runs each
/// method as quickly compiled code and recompiles the busy ones with optimisations (tiered compilation, with profile
/// data); under full load that recompiling competes with the requests, and the claims list by speaker then served
/// ~1,700 req/s on PostgreSQL for its first 25 s against ~4,100 once compiled (tests/load/claims-by-speaker.sh,
/// 5 s against 30 s of warm-up). Alone at start it takes ~20 s at a million claims (the JIT compiles a few hundred
/// methods a second until then) and 18 s on the sample story, before the instance says ready. It reads what the
/// database holds (the first claims page, a speaker's, a claim, articles, actors, a search) and stops when the JIT has
/// gone quiet or after <see cref="WarmupOptions.MaxDuration"/>. It only reads, so it changes nothing in the database; its requests
/// carry <see cref="WarmupState.Secret"/> and are not charged to a rate limit.
/// </summary>
internal sealed partial class Warmup(IServer server, IHostApplicationLifetime lifetime, WarmupState state,
    IOptions<WarmupOptions> options, ILogger<Warmup> logger) : BackgroundService
{
    /// <summary>Rounds of every read before the JIT's quiet counts: each read then ran well past the 30 calls that make a method hot, twice over.</summary>
    private const int MinRounds = 100;

    /// <summary>Concurrent readers, as a few clients at once (the thread pool and connection pools warm too).</summary>
    private const int Readers = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.Enabled)
            {
                await StartedAsync(stoppingToken);
                if (Address() is { } address)
                {
                    await WarmAsync(address, stoppingToken);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The warm-up stopped early; the API serves anyway");
        }
        finally
        {
            state.Finish();
        }
    }

    /// <summary>Kestrel listens, and its addresses are known, once the application has started.</summary>
    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    /// <summary>The first plain-HTTP address the server listens on, with a wildcard host made loopback; none under a test server.</summary>
    private Uri? Address()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        return address is null ? null : new Uri(WildcardHost().Replace(address, "http://127.0.0.1"));
    }

    private async Task WarmAsync(Uri address, CancellationToken stoppingToken)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(WarmupState.Header, state.Secret);
        var reads = await ReadsAsync(http, stoppingToken);
        if (reads.Count == 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var (rounds, compiled, lastCheck) = (0, JitInfo.GetCompiledMethodCount(), TimeSpan.Zero);
        while (clock.Elapsed < options.Value.MaxDuration)
        {
            await Task.WhenAll(Enumerable.Range(0, Readers).Select(reader => RoundAsync(http, reads, reader, stoppingToken)));
            rounds++;
            if (clock.Elapsed - lastCheck < TimeSpan.FromSeconds(1))
            {
                continue;
            }

            // Quiet: hardly a method compiled in the last second, so what the reads run is what they will run.
            var now = JitInfo.GetCompiledMethodCount();
            logger.LogDebug("Warm-up at {Seconds:0.0} s: {Rounds} rounds, {Methods} methods compiled in the last second", clock.Elapsed.TotalSeconds, rounds, now - compiled);
            if (rounds >= MinRounds && now - compiled < 10)
            {
                break;
            }

            (compiled, lastCheck) = (now, clock.Elapsed);
        }

        logger.LogInformation("Warmed up in {Seconds:0.0} s: {Requests} reads, {Methods} methods compiled so far",
            clock.Elapsed.TotalSeconds, rounds * Readers * reads.Count, JitInfo.GetCompiledMethodCount());
    }

    private static async Task RoundAsync(HttpClient http, IReadOnlyList<string> reads, int reader, CancellationToken stoppingToken)
    {
        for (var i = 0; i < reads.Count; i++)
        {
            // Each reader starts at another read, so the same path is not always requested by all at once.
            using var response = await http.GetAsync(reads[(i + reader) % reads.Count], stoppingToken);
            await response.Content.LoadIntoBufferAsync(stoppingToken);
        }
    }

    /// <summary>The reads, built from the first page of claims; none when there is no claim or reads need a key.</summary>
    private static async Task<IReadOnlyList<string>> ReadsAsync(HttpClient http, CancellationToken stoppingToken)
    {
        using var response = await http.GetAsync("api/v1/claims?pageSize=20", stoppingToken);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        using var page = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(stoppingToken));
        var items = page.RootElement.GetProperty("items");
        if (items.GetArrayLength() == 0)
        {
            return [];
        }

        var claim = items[0];
        var speaker = claim.GetProperty("speaker").GetProperty("actorId").GetString();
        var word = Word().Matches(claim.GetProperty("content").GetString() ?? "").Select(m => m.Value).MaxBy(w => w.Length) ?? "said";
        List<string> reads =
        [
            "api/v1/claims?pageSize=20",
            $"api/v1/claims?speaker={speaker}",
            $"api/v1/claims?speaker={speaker}&pageSize=20",
            "api/v1/claims?kind=direct&pageSize=20",
            $"api/v1/claims/{claim.GetProperty("id").GetString()}",
            "api/v1/articles?pageSize=20",
            $"api/v1/articles/{claim.GetProperty("articleId").GetString()}",
            "api/v1/actors?pageSize=20",
            $"api/v1/search?q={Uri.EscapeDataString(word)}&pageSize=20",
        ];
        if (page.RootElement.TryGetProperty("nextPageToken", out var token) && token.GetString() is { } next)
        {
            reads.Add($"api/v1/claims?pageSize=20&pageToken={Uri.EscapeDataString(next)}");
        }

        return reads;
    }

    [GeneratedRegex(@"^http://(\[::\]|0\.0\.0\.0|\+|\*|localhost)", RegexOptions.IgnoreCase)]
    private static partial Regex WildcardHost();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
