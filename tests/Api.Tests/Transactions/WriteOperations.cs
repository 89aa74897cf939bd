using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Api.Tests.Reviews;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Tests.Transactions;

/// <summary>Each documented write with a fresh, valid request for it: the resources it needs are made first.</summary>
internal static class WriteOperations
{
    /// <summary>A request ready to send; ETag is the target's current one when the operation honours If-Match.</summary>
    /// <remarks>Idempotent is false where the API documents that Idempotency-Key is ignored (key creation never stores the secret).</remarks>
    public sealed record Target(HttpMethod Method, string Path, object? Body, string? ETag, string ContentType = "application/json", bool Idempotent = true);

    public sealed class Setup(HttpClient client, IServiceProvider services)
    {
        public TestData Data { get; } = new(client);

        public async Task<string> ETagAsync(string path) => (await client.GetAsync(path)).Headers.ETag!.Tag;

        public async Task<ClaimResponse> ClaimAsync()
        {
            var speaker = await Data.ActorAsync($"Speaker {Guid.NewGuid():N}");
            var article = await Data.ArticleAsync();
            return await Data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
        }

        /// <summary>A new claim by <paramref name="speaker"/>, once the matching worker (after the commit) has put it in a statement.</summary>
        public async Task<(Guid Claim, Guid Statement)> GroupedClaimAsync(Guid speaker, string content)
        {
            var claim = await Data.ClaimAsync(TestData.Claim((await Data.ArticleAsync()).Id, speaker, content));
            for (var attempt = 0; attempt < 600; attempt++)
            {
                var now = await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{claim.Id}", Json.Options);
                if (now!.StatementId is { } statement)
                {
                    return (claim.Id, statement);
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"Claim {claim.Id} was not grouped into a statement within a minute.");
        }
        public async Task<ReviewRequest> ReviewAsync() => new()
        {
            ReviewerId = (await Data.ActorAsync($"Reviewer {Guid.NewGuid():N}", ActorKind.Organisation)).Id,
            Rating = new ReviewRating(2, 6, 1, "False"),
            Url = $"https://factcheck.example/{Guid.NewGuid():N}",
        };

        public async Task<ReviewResponse> StoredReviewAsync() =>
            await Data.PostAsync<ReviewResponse>($"/api/v1/claims/{(await ClaimAsync()).Id}/reviews", await ReviewAsync());

        public ActorRequest Actor(string name) => new() { Name = $"{name} {Data.Tag}", Kind = ActorKind.Person };

        /// <summary>A recorded attempt to retry: a disabled subscription with one delivery record, as an earlier attempt leaves.</summary>
        public async Task<Target> RetryTargetAsync()
        {
            var hook = await Data.PostAsync<JsonElement>("/api/v1/webhooks", new { url = $"https://hooks.example.org/{Guid.NewGuid():N}", enabled = false });
            var id = hook.GetProperty("id").GetGuid();
            var delivery = new Api.Webhooks.WebhookDelivery { SubscriptionId = id, ChangeId = Guid.NewGuid(), Sequence = 1, EventType = "actor.created", Status = Api.Webhooks.DeliveryStatus.Failed };
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Api.Data.AppDbContext>();
                db.WebhookDeliveries.Add(delivery);
                await db.SaveChangesAsync();
            }

            return new Target(HttpMethod.Post, $"/api/v1/webhooks/{id}/deliveries/{delivery.Id}/retry", null, null);
        }

        public ArticleRequest Article() => IdempotencyTests.Article(Guid.NewGuid().ToString("N"));

        public async Task<Target> OnAsync(HttpMethod method, string path, object? body, string contentType = "application/json") =>
            new(method, path, body, await ETagAsync(path), contentType);
    }

    private static readonly HttpMethod Patch = HttpMethod.Patch;
    private const string MergePatch = "application/merge-patch+json";

    public static readonly Dictionary<(string Method, string Template), Func<Setup, Task<Target>>> All = new()
    {
        [("POST", "/api/v1/actors")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/actors", s.Actor("New actor"), null)),
        [("PUT", "/api/v1/actors/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Put, $"/api/v1/actors/{(await s.Data.ActorAsync("Replaced")).Id}", s.Actor("Replacement")),
        [("PATCH", "/api/v1/actors/{id}")] = async s =>
            await s.OnAsync(Patch, $"/api/v1/actors/{(await s.Data.ActorAsync("Patched")).Id}", new { description = "patched" }, MergePatch),
        [("DELETE", "/api/v1/actors/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Delete, $"/api/v1/actors/{(await s.Data.ActorAsync("Deleted")).Id}", null),

        [("POST", "/api/v1/articles")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/articles", s.Article(), null)),
        [("PUT", "/api/v1/articles/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Put, $"/api/v1/articles/{(await s.Data.ArticleAsync()).Id}", s.Article()),
        [("PATCH", "/api/v1/articles/{id}")] = async s =>
            await s.OnAsync(Patch, $"/api/v1/articles/{(await s.Data.ArticleAsync()).Id}", new { byline = "patched" }, MergePatch),
        [("DELETE", "/api/v1/articles/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Delete, $"/api/v1/articles/{(await s.Data.ArticleAsync()).Id}", null),
        [("POST", "/api/v1/articles/import")] = async s => new Target(HttpMethod.Post, "/api/v1/articles/import",
            ArticleImportTests.Import(s.Data.Tag, (await s.Data.ActorAsync("Imported")).Id, 3), null),
        [("POST", "/api/v1/articles/{id}/extraction")] = async s =>
            new Target(HttpMethod.Post, $"/api/v1/articles/{(await s.Data.ArticleAsync()).Id}/extraction", null, null),

        [("POST", "/api/v1/claims")] = async s => new Target(HttpMethod.Post, "/api/v1/claims",
            TestData.Claim((await s.Data.ArticleAsync()).Id, (await s.Data.ActorAsync("Speaker")).Id), null),
        [("PUT", "/api/v1/claims/{id}")] = async s =>
        {
            var claim = await s.ClaimAsync();
            return await s.OnAsync(HttpMethod.Put, $"/api/v1/claims/{claim.Id}", TestData.Claim(claim.ArticleId, claim.Speaker.ActorId!.Value, "replaced"));
        },
        [("PATCH", "/api/v1/claims/{id}")] = async s =>
            await s.OnAsync(Patch, $"/api/v1/claims/{(await s.ClaimAsync()).Id}", new { cue = "warned" }, MergePatch),
        [("DELETE", "/api/v1/claims/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Delete, $"/api/v1/claims/{(await s.ClaimAsync()).Id}", null),
        [("POST", "/api/v1/claims/{id}/retraction")] = async s =>
        {
            var claim = await s.ClaimAsync();
            return new Target(HttpMethod.Post, $"/api/v1/claims/{claim.Id}/retraction", new RetractionRequest { Reason = "misattributed" },
                await s.ETagAsync($"/api/v1/claims/{claim.Id}"));
        },
        [("POST", "/api/v1/claims/{id}/relations")] = async s =>
        {
            var (from, to) = (await s.ClaimAsync(), await s.ClaimAsync());
            return new Target(HttpMethod.Post, $"/api/v1/claims/{from.Id}/relations", new RelationRequest { ToClaimId = to.Id }, null);
        },
        [("DELETE", "/api/v1/claims/{id}/relations/{relationId}")] = async s =>
        {
            var (from, to) = (await s.ClaimAsync(), await s.ClaimAsync());
            var relation = await s.Data.PostAsync<RelationResponse>($"/api/v1/claims/{from.Id}/relations", new RelationRequest { ToClaimId = to.Id });
            return new Target(HttpMethod.Delete, $"/api/v1/claims/{from.Id}/relations/{relation.Id}", null, null);
        },

        [("POST", "/api/v1/claim-matches")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/claim-matches",
            new { text = "The bridge is to reopen in May." }, null)),
        [("POST", "/api/v1/statements/{id}/merge")] = async s =>
        {
            var speaker = (await s.Data.ActorAsync("Merged speaker")).Id;
            var (_, kept) = await s.GroupedClaimAsync(speaker, "the bridge will reopen in May");
            var (_, merged) = await s.GroupedClaimAsync(speaker, "the harvest failed across the south this year");
            return new Target(HttpMethod.Post, $"/api/v1/statements/{kept}/merge", new StatementMergeRequest { Statement = merged, Reason = "The same remark." },
                await s.ETagAsync($"/api/v1/statements/{kept}"));
        },
        [("POST", "/api/v1/statements/{id}/split")] = async s =>
        {
            var speaker = (await s.Data.ActorAsync("Split speaker")).Id;
            var (_, statement) = await s.GroupedClaimAsync(speaker, "the bridge will reopen in May");
            var (leaving, _) = await s.GroupedClaimAsync(speaker, "the bridge will reopen in May");
            return new Target(HttpMethod.Post, $"/api/v1/statements/{statement}/split", new StatementSplitRequest { Claims = [leaving], Reason = "Another remark." },
                await s.ETagAsync($"/api/v1/statements/{statement}"));
        },
        [("POST", "/api/v1/claims/{id}/reviews")] = async s =>
            new Target(HttpMethod.Post, $"/api/v1/claims/{(await s.ClaimAsync()).Id}/reviews", await s.ReviewAsync(), null),
        [("PUT", "/api/v1/reviews/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Put, $"/api/v1/reviews/{(await s.StoredReviewAsync()).Id}", await s.ReviewAsync()),
        [("PATCH", "/api/v1/reviews/{id}")] = async s =>
            await s.OnAsync(Patch, $"/api/v1/reviews/{(await s.StoredReviewAsync()).Id}", new { summary = "patched" }, MergePatch),
        [("DELETE", "/api/v1/reviews/{id}")] = async s =>
            await s.OnAsync(HttpMethod.Delete, $"/api/v1/reviews/{(await s.StoredReviewAsync()).Id}", null),
        [("POST", "/api/v1/reviews/import")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/reviews/import",
            JsonDocument.Parse(ReviewSamples.Load("politifact-feed.jsonld", Guid.NewGuid().ToString("N")[..10])).RootElement, null)),

        [("POST", "/api/v1/extractions")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/extractions",
            new { text = TestData.Body, publisher = "Wire" }, null)),
        [("POST", "/api/v1/api-keys")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/api-keys",
            new { name = $"key {Guid.NewGuid():N}", role = "reader" }, null, Idempotent: false)),
        [("POST", "/api/v1/webhooks")] = s => Task.FromResult(new Target(HttpMethod.Post, "/api/v1/webhooks",
            new { url = $"https://hooks.example.org/{Guid.NewGuid():N}", types = new[] { "article" }, enabled = false }, null, Idempotent: false)),
        [("PATCH", "/api/v1/webhooks/{id}")] = async s =>
        {
            var hook = await s.Data.PostAsync<JsonElement>("/api/v1/webhooks", new { url = $"https://hooks.example.org/{Guid.NewGuid():N}", enabled = false });
            return new Target(Patch, $"/api/v1/webhooks/{hook.GetProperty("id").GetGuid()}", new { description = "patched" }, null, MergePatch);
        },
        [("PUT", "/api/v1/webhooks/{id}")] = async s =>
        {
            var hook = await s.Data.PostAsync<JsonElement>("/api/v1/webhooks", new { url = $"https://hooks.example.org/{Guid.NewGuid():N}", enabled = false });
            return new Target(HttpMethod.Put, $"/api/v1/webhooks/{hook.GetProperty("id").GetGuid()}", new { url = "https://hooks.example.org/replaced", enabled = false }, null);
        },
        [("DELETE", "/api/v1/webhooks/{id}")] = async s =>
        {
            var hook = await s.Data.PostAsync<JsonElement>("/api/v1/webhooks", new { url = $"https://hooks.example.org/{Guid.NewGuid():N}", enabled = false });
            return new Target(HttpMethod.Delete, $"/api/v1/webhooks/{hook.GetProperty("id").GetGuid()}", null, null);
        },
        [("POST", "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry")] = async s => await s.RetryTargetAsync(),
        [("DELETE", "/api/v1/api-keys/{id}")] = async s =>
        {
            var key = await s.Data.PostAsync<JsonElement>("/api/v1/api-keys", new { name = $"key {Guid.NewGuid():N}", role = "reader" });
            return new Target(HttpMethod.Delete, $"/api/v1/api-keys/{key.GetProperty("id").GetGuid()}", null, null);
        },
    };
}
