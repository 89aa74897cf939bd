using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Api.Webhooks;

namespace NewsroomClaims.Api.Tests.Webhooks;

/// <summary>
/// Server-side request forgery (OWASP API7): with the default settings a webhook cannot reach the API's own host or
/// network, whether the address is written out, a local name, or what a public-looking subscription's name resolves to
/// when it connects.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookSafetyTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks")]
    [InlineData("http://localhost/hooks")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.5/hooks")]
    [InlineData("http://192.168.1.10/hooks")]
    [InlineData("http://172.20.0.1/hooks")]
    [InlineData("http://[::1]/hooks")]
    [InlineData("http://[fe80::1]/hooks")]
    [InlineData("http://[::ffff:127.0.0.1]/hooks")]
    [InlineData("http://0.0.0.0/hooks")]
    [InlineData("http://db/hooks")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("ftp://hooks.example.org/x")]
    [InlineData("https://user:pass@hooks.example.org/x")]
    public async Task APrivateOrMalformedTargetIsRefused(string url)
    {
        var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(["url"], problem.ErrorFields());
    }

    [Fact]
    public async Task ASubscriptionWhoseNameLeadsToALoopbackAddressIsNeverConnectedTo()
    {
        // A subscription stored with a URL that passes the check but reaches loopback when connecting (as a public name
        // rebound to 127.0.0.1 would): here written straight into the database, bypassing the API's check.
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = new WebhookSubscription { Url = receiver.Url.ToString(), Secret = "whsec_" + Convert.ToBase64String(new byte[32]), Types = [Api.Changes.ChangeResourceType.Actor] };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            subscription.Cursor = await db.Revisions.MaxAsync(r => r.Sequence) ?? 0;
            db.WebhookSubscriptions.Add(subscription);
            await db.SaveChangesAsync();
        }

        try
        {
            await new TestData(client).ActorAsync("Never delivered to loopback");
            var attempts = await EventuallyAsync(() => Hooks.DeliveriesAsync(client, subscription.Id), a => a.Count >= 1);

            Assert.All(attempts, a => Assert.Equal(DeliveryStatus.Failed, a.Status));
            Assert.All(attempts, a => Assert.Null(a.ResponseStatus));
            Assert.All(attempts, a => Assert.Contains("loopback, link-local or private address", a.Error, StringComparison.Ordinal));
            Assert.Empty(receiver.All);
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }

    private static async Task<List<DeliveryResponse>> EventuallyAsync(Func<Task<List<DeliveryResponse>>> read, Func<List<DeliveryResponse>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        Assert.True(done(value), "no delivery attempt was recorded");
        return value;
    }
}

/// <summary>No redirect followed, a short timeout, and only the start of an answer read, with private targets allowed.</summary>
public sealed class WebhookTargetLimitsTests(WebhookFactory factory) : IClassFixture<WebhookFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ARedirectIsNotFollowed()
    {
        await using var elsewhere = await WebhookReceiver.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, context) =>
        {
            context.Response.Headers.Location = elsewhere.Url.ToString();
            return Task.FromResult(307);
        };

        var attempt = await FirstAttemptAsync(receiver);

        Assert.Equal((DeliveryStatus.Failed, 307), (attempt.Status, attempt.ResponseStatus));
        Assert.Contains("redirects are not followed", attempt.Error, StringComparison.Ordinal);
        Assert.Empty(elsewhere.All);
    }

    [Fact]
    public async Task AReceiverThatDoesNotAnswerInTimeFailsTheAttemptAfterTheTimeout()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromSeconds(3);

        var attempt = await FirstAttemptAsync(receiver);

        Assert.Equal(DeliveryStatus.Failed, attempt.Status);
        Assert.Null(attempt.ResponseStatus);
        Assert.Contains("No answer within 1 s", attempt.Error, StringComparison.Ordinal);
        Assert.InRange(attempt.LatencyMs!.Value, 900, 2500);
    }

    [Fact]
    public async Task OnlyTheStartOfALongAnswerIsReadAndKept()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = async (_, context) =>
        {
            context.Response.StatusCode = 200;
            var chunk = new string('x', 64 * 1024);
            for (var i = 0; i < 160; i++)
            {
                await context.Response.WriteAsync(chunk);
            }

            return 200;
        };

        var attempt = await FirstAttemptAsync(receiver);

        Assert.Equal((DeliveryStatus.Succeeded, 200), (attempt.Status, attempt.ResponseStatus));
        Assert.Equal(WebhookDelivery.MaxResponseBody, attempt.ResponseBody!.Length);
    }

    private async Task<DeliveryResponse> FirstAttemptAsync(WebhookReceiver receiver)
    {
        var subscription = await Hooks.SubscribeAsync(client, receiver, new { types = new[] { "actor" } });
        try
        {
            await new TestData(client).ActorAsync("Limits");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                var attempts = await Hooks.DeliveriesAsync(client, subscription.Id);
                if (attempts.Count > 0)
                {
                    return attempts[^1];
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("no attempt recorded");
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }
}
