using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace NewsroomClaims.Api.Tests.Webhooks;

/// <summary>One request the receiver got, as it got it.</summary>
public sealed record Received(string Id, string Timestamp, string Signature, string Body, DateTime At, int Answered)
{
    public JsonElement Payload => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data => Payload.GetProperty("data");

    public long Sequence => Data.GetProperty("sequence").GetInt64();

    /// <summary>Checks the signature with the StandardWebhooks package's verifier, as a receiver would; throws when it fails.</summary>
    public void Verify(string secret)
    {
        var headers = new HeaderDictionary { ["webhook-id"] = Id, ["webhook-timestamp"] = Timestamp, ["webhook-signature"] = Signature };
        new StandardWebhook(secret).Verify(Body, headers);
    }
}

/// <summary>
/// A newsroom tool's webhook endpoint: a real HTTP listener on a local port that records every request (verifying
/// happens at assertion time, once the secret is known) and answers as the test tells it to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();
    private int inFlight;
    private int maxInFlight;
    private int requests;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>How to answer the n-th request (1-based); 200 unless set.</summary>
    public Func<int, HttpContext, Task<int>> Answer { get; set; } = (_, _) => Task.FromResult(200);

    /// <summary>How long each request takes to answer.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The most requests the receiver was handling at one moment.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public IReadOnlyList<Received> All => received.ToList();

    /// <summary>The requests answered 2xx, in the order they arrived.</summary>
    public IReadOnlyList<Received> Delivered => received.Where(r => r.Answered is >= 200 and < 300).ToList();

    public static async Task<WebhookReceiver> StartAsync(string path = "/hooks")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost(path, receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), path);
        return receiver;
    }

    /// <summary>Waits until <paramref name="done"/> holds for what arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<Received>> WaitAsync(Func<IReadOnlyList<Received>, bool> done, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!done(Delivered))
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what}; received {received.Count} requests, {Delivered.Count} answered 2xx.");
            }

            await Task.Delay(50);
        }

        return Delivered;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            var status = await Answer(Interlocked.Increment(ref requests), context);
            var headers = context.Request.Headers;
            received.Enqueue(new Received(headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(),
                headers["webhook-signature"].ToString(), body, DateTime.UtcNow, status));
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = status;
            }
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
