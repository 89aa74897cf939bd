using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsroomClaims.Api.Tests.Browser;

namespace NewsroomClaims.Api.Tests.Health;

/// <summary>The start-up warm-up: ready only once it is done, and none of its reads charged to a client.</summary>
public sealed partial class WarmupTests
{
    private const int Limit = 5;

    [Fact]
    public async Task TheApiIsReadyOnceItHasWarmedItsReadsAndTheyCostALocalClientNothing()
    {
        using var api = new WarmingApiFactory();
        using var client = new HttpClient { BaseAddress = new Uri(api.BaseAddress) };

        Assert.True(await ReadyAsync(client), "/health/ready never answered 200");
        var warmed = api.Messages.Select(message => WarmedUp().Match(message)).SingleOrDefault(match => match.Success);
        Assert.True(warmed is not null, "the warm-up logged no end");
        Assert.True(int.Parse(warmed.Groups["reads"].Value) > 10 * Limit, warmed.Value);

        // Every read of the warm-up came from this loopback address, yet a client here has its whole budget.
        for (var i = 0; i < Limit; i++)
        {
            using var read = await client.GetAsync("/api/v1/claims?pageSize=1");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        // The warm-up's header, guessed, buys nothing.
        using var guessed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/claims?pageSize=1");
        guessed.Headers.Add("X-Newsroom-Warmup", "0123456789abcdef");
        using var refused = await client.SendAsync(guessed);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    private static async Task<bool> ReadyAsync(HttpClient client)
    {
        for (var i = 0; i < 240; i++)
        {
            using var ready = await client.GetAsync("/health/ready");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            await Task.Delay(250);
        }

        return false;
    }

    [GeneratedRegex(@"^Warmed up in [0-9.]+ s: (?<reads>[0-9]+) reads")]
    private static partial Regex WarmedUp();

    /// <summary>The API on a real port (the warm-up reads over loopback), warm-up on, a tiny rate limit, its log kept.</summary>
    private sealed class WarmingApiFactory : KestrelApiFactory
    {
        private readonly LogKeeper log = new();

        public IEnumerable<string> Messages => log.Messages;

        protected override void Configure(IDictionary<string, string?> settings)
        {
            settings["Warmup:Enabled"] = "true";
            settings["Warmup:MaxDuration"] = "00:00:05";
            settings["RateLimiting:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log));
        }
    }

    private sealed class LogKeeper : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> messages = new();

        public IEnumerable<string> Messages => messages;

        public ILogger CreateLogger(string categoryName) => categoryName == "NewsroomClaims.Api.Health.Warmup" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                messages.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
