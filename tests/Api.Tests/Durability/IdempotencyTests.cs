using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Durability;

[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    internal static ArticleRequest Article(string tag) => new()
    {
        Headline = $"Idempotent {tag}",
        CanonicalUrl = $"https://news.example/idempotent/{tag}",
        PublishedAt = new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc),
        Language = "en",
        Body = TestData.Body,
    };

    private async Task<HttpResponseMessage> PostAsync(HttpClient sender, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return await sender.SendAsync(request);
    }

    [Fact]
    public async Task RetryingWithTheSameKeyReplaysTheFirstAnswerAndCreatesNothingTwice()
    {
        var tag = Guid.NewGuid().ToString("N");
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(client, key, Article(tag));
        var second = await PostAsync(client, key, Article(tag));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles?url={Uri.EscapeDataString(Article(tag).CanonicalUrl)}");
        Assert.Equal(1, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIs422()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, key, Article(Guid.NewGuid().ToString("N")))).StatusCode);

        var other = await PostAsync(client, key, Article(Guid.NewGuid().ToString("N")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        await other.ReadProblemAsync();
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyCreateOneArticle()
    {
        var tag = Guid.NewGuid().ToString("N");
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(client, key, Article(tag))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles?url={Uri.EscapeDataString(Article(tag).CanonicalUrl)}");
        Assert.Equal(1, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task KeysBelongToTheirSenderAndFailedRequestsAreNotRemembered()
    {
        var key = Guid.NewGuid().ToString();
        var invalid = await PostAsync(client, key, new { headline = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var tag = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, key, Article(tag))).StatusCode);

        // The editor's key space is its own: the admin's key is a fresh key for the editor.
        var editor = await factory.Keys.ClientAsync(ApiKeyRole.Editor);
        var editors = await PostAsync(editor, key, Article(Guid.NewGuid().ToString("N")));
        Assert.Equal(HttpStatusCode.Created, editors.StatusCode);
    }

    [Fact]
    public async Task AnOverlongIdempotencyKeyIs400()
    {
        var response = await PostAsync(client, new string('k', 201), Article(Guid.NewGuid().ToString("N")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
