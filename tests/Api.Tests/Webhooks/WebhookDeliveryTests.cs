using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Changes;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Api.Webhooks;
using NewsroomClaims.Domain.Claims;
using StandardWebhooks.Diagnostics;

namespace NewsroomClaims.Api.Tests.Webhooks;

/// <summary>Deliveries as a newsroom tool's endpoint receives them: signed, in commit order, at least once.</summary>
public sealed class WebhookDeliveryTests(WebhookFactory factory) : IClassFixture<WebhookFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task EveryChangeArrivesSignedInCommitOrderAndEverySignatureVerifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await Hooks.SubscribeAsync(client, receiver);
        try
        {
            Assert.StartsWith("whsec_", subscription.Secret, StringComparison.Ordinal);
            var data = new TestData(client);
            var speaker = await data.ActorAsync("Hooked speaker");
            var article = await data.ArticleAsync();
            var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
            var other = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "the bridge will reopen"));
            Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/api/v1/claims/{claim.Id}", JsonContent.Create(new { cue = "warned" }))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/claims/{claim.Id}/retraction", new { reason = "misquoted" })).StatusCode);
            await data.PostAsync<RelationResponse>($"/api/v1/claims/{other.Id}/relations", new RelationRequest { ToClaimId = claim.Id, Kind = RelationKind.Contradicts });
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/articles/{article.Id}")).StatusCode);
            // The matching worker's statement changes follow these writes; every change, theirs included, is delivered.
            await factory.MatchingSettledAsync();
            var (expected, _) = await Feed.AllAfterAsync(client, subscription.DeliveredUpTo);

            var delivered = await receiver.WaitAsync(d => d.Count >= expected.Count, Patience, $"{expected.Count} deliveries");

            Assert.Equal(expected.Select(c => c.Id.ToString()), delivered.Select(d => d.Id));
            Assert.Equal(expected.Select(c => c.Sequence), delivered.Select(d => d.Sequence));
            foreach (var (received, change) in delivered.Zip(expected))
            {
                received.Verify(subscription.Secret);
                Assert.Equal(change.Type, received.Payload.GetProperty("type").GetString());
                Assert.Equal(change.ResourceId, received.Data.GetProperty("resourceId").GetGuid());
                Assert.Equal(change.Token, received.Data.GetProperty("token").GetString());
            }

            Assert.Contains(delivered, d => d.Payload.GetProperty("type").GetString() == "claim.retracted");
            Assert.Contains(delivered, d => d.Payload.GetProperty("type").GetString() == "relation.deleted");

            // The verifier does check: another secret, or one changed byte, fails.
            var first = delivered[0];
            Assert.Throws<WebhookVerificationException>(() => first.Verify("whsec_" + Convert.ToBase64String(new byte[32])));
            Assert.Throws<WebhookVerificationException>(() => (first with { Body = first.Body.Replace("created", "deleted", StringComparison.Ordinal) }).Verify(subscription.Secret));

            // The attempts are recorded when the worker's turn saves, just after the requests.
            var attempts = await EventuallyAsync(() => Hooks.DeliveriesAsync(client, subscription.Id), a => a.Count >= expected.Count);
            Assert.Equal(expected.Count, attempts.Count);
            Assert.All(attempts, a => Assert.Equal((DeliveryStatus.Succeeded, 200), (a.Status, a.ResponseStatus)));
            Assert.All(attempts, a => Assert.True(a.LatencyMs > 0));
            Assert.Equal(expected[^1].Token, (await Hooks.GetAsync(client, subscription.Id)).DeliveredUpTo);
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }

    [Fact]
    public async Task AReceiverThatAnswers500ThenRecoversGetsEveryEventInOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => Task.FromResult(n <= 5 ? 500 : 200);
        var subscription = await Hooks.SubscribeAsync(client, receiver, new { types = new[] { "actor" } });
        try
        {
            var data = new TestData(client);
            var actors = new List<Guid>();
            for (var i = 0; i < 8; i++)
            {
                actors.Add((await data.ActorAsync($"Recovered {i}")).Id);
            }

            var delivered = await receiver.WaitAsync(d => d.Count >= actors.Count, Patience, "8 actors after the receiver recovered");

            Assert.Equal(actors, delivered.Select(d => d.Data.GetProperty("resourceId").GetGuid()));
            Assert.All(delivered, d => d.Verify(subscription.Secret));

            // Nothing overtook the failing change: every request before the first 2xx carried that same change.
            var all = receiver.All;
            Assert.Equal(5, all.Count(r => r.Answered == 500));
            Assert.All(all.Take(5), r => Assert.Equal(delivered[0].Id, r.Id));

            var attempts = await EventuallyAsync(() => Hooks.DeliveriesAsync(client, subscription.Id), a => a.Count(x => x.Status == DeliveryStatus.Succeeded) >= 8);
            var failed = attempts.Where(a => a.Status == DeliveryStatus.Failed).ToList();
            Assert.Equal(5, failed.Count);
            Assert.All(failed, a => Assert.Equal(500, a.ResponseStatus));
            Assert.All(failed, a => Assert.Contains("500", a.Error, StringComparison.Ordinal));
            Assert.All(failed, a => Assert.NotNull(a.LatencyMs));
            Assert.Equal(8, attempts.Count(a => a.Status == DeliveryStatus.Succeeded));
            Assert.Equal(0, (await Hooks.GetAsync(client, subscription.Id)).ConsecutiveFailures);
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }

    [Fact]
    public async Task ASubscriptionThatKeepsFailingIsDisabledAndStartsAgainWhereItStoppedWhenEnabled()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var healthy = false;
        receiver.Answer = (_, _) => Task.FromResult(Volatile.Read(ref healthy) ? 200 : 503);
        var subscription = await Hooks.SubscribeAsync(client, receiver, new { types = new[] { "actor" } });
        try
        {
            var data = new TestData(client);
            var first = await data.ActorAsync("Undeliverable");

            var disabled = await EventuallyAsync(() => Hooks.GetAsync(client, subscription.Id), s => !s.Enabled);
            Assert.Equal(WebhookFactory.DisableAfter, disabled.ConsecutiveFailures);
            Assert.Contains($"{WebhookFactory.DisableAfter} failed attempts", disabled.DisabledReason, StringComparison.Ordinal);
            Assert.Equal(WebhookFactory.DisableAfter, (await Hooks.DeliveriesAsync(client, subscription.Id)).Count);
            var second = await data.ActorAsync("Made while disabled");
            await Task.Delay(500);
            Assert.Equal(WebhookFactory.DisableAfter, receiver.All.Count);

            Volatile.Write(ref healthy, true);
            var enabled = await client.PatchAsync($"/api/v1/webhooks/{subscription.Id}",
                new StringContent("""{"enabled": true}""", System.Text.Encoding.UTF8, "application/merge-patch+json"));
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
            var delivered = await receiver.WaitAsync(d => d.Count >= 2, Patience, "both actors once enabled again");

            Assert.Equal([first.Id, second.Id], delivered.Select(d => d.Data.GetProperty("resourceId").GetGuid()));
            var after = await Hooks.GetAsync(client, subscription.Id);
            Assert.True(after.Enabled);
            Assert.Null(after.DisabledReason);
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }

    [Fact]
    public async Task RetryRedeliversTheSameChangeWithAFreshSignature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await Hooks.SubscribeAsync(client, receiver, new { types = new[] { "actor" } });
        try
        {
            var actor = await new TestData(client).ActorAsync("Delivered twice");
            await receiver.WaitAsync(d => d.Count >= 1, Patience, "the first delivery");
            var attempt = Assert.Single(await EventuallyAsync(() => Hooks.DeliveriesAsync(client, subscription.Id), a => a.Count >= 1));

            var retry = await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/deliveries/{attempt.Id}/retry", null);

            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
            var pending = (await retry.ReadAsync<DeliveryResponse>())!;
            Assert.Equal((DeliveryStatus.Pending, true, attempt.ChangeId), (pending.Status, pending.Manual, pending.ChangeId));
            var delivered = await receiver.WaitAsync(d => d.Count >= 2, Patience, "the redelivery");
            Assert.Equal(delivered[0].Id, delivered[1].Id);
            Assert.Equal(actor.Id, delivered[1].Data.GetProperty("resourceId").GetGuid());
            delivered[1].Verify(subscription.Secret);
            var done = await EventuallyAsync(
                async () => (await client.GetFromJsonAsync<DeliveryResponse>(retry.Headers.Location, Json.Options))!, d => d.Status != DeliveryStatus.Pending);
            Assert.Equal((DeliveryStatus.Succeeded, 200), (done.Status, done.ResponseStatus));
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }

    [Fact]
    public async Task ASubscriptionGetsOnlyWhatItsFiltersMatchAsTheFeedWould()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Followed speaker");
        var subscription = await Hooks.SubscribeAsync(client, receiver, new { types = new[] { "claim" }, actions = new[] { "retracted", "deleted" }, speaker = speaker.Id });
        try
        {
            var article = await data.ArticleAsync();
            var followed = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
            var unfollowed = await data.ClaimAsync(TestData.Claim(article.Id, (await data.ActorAsync("Other speaker")).Id));
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/claims/{unfollowed.Id}/retraction", new { reason = "not followed" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/claims/{followed.Id}/retraction", new { reason = "followed" })).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{followed.Id}")).StatusCode);
            var (expected, _) = await Feed.AllAfterAsync(client, subscription.DeliveredUpTo, $"&type=claim&action=retracted&action=deleted&speaker={speaker.Id}");

            var delivered = await receiver.WaitAsync(d => d.Count >= 2, Patience, "the followed claim's retraction and deletion");
            await Task.Delay(300);

            Assert.Equal(["claim.retracted", "claim.deleted"], receiver.Delivered.Select(d => d.Payload.GetProperty("type").GetString()));
            Assert.Equal(expected.Select(c => c.Id.ToString()), receiver.Delivered.Select(d => d.Id));
            Assert.All(delivered, d => Assert.Equal(followed.Id, d.Data.GetProperty("resourceId").GetGuid()));
        }
        finally
        {
            await Hooks.DeleteAsync(client, subscription.Id);
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                Assert.True(done(value), $"still {value} after {Patience}");
                return value;
            }

            await Task.Delay(100);
        }
    }
}
