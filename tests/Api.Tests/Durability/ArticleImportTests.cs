using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Durability;

[Collection(ApiCollection.Name)]
public sealed class ArticleImportTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    public static ArticleImportRequest Import(string tag, Guid speakerId, int claims) => new()
    {
        Article = new ArticleRequest
        {
            Headline = $"Imported {tag}",
            CanonicalUrl = $"https://news.example/import/{tag}/{Guid.NewGuid():N}",
            PublishedAt = new DateTime(2025, 5, 2, 0, 0, 0, DateTimeKind.Utc),
            Language = "en",
            Body = TestData.Body,
        },
        Claims = Enumerable.Range(0, claims).Select(i => TestData.Claim(Guid.Empty, speakerId, $"claim {i} {tag}")).ToList(),
    };

    [Fact]
    public async Task AnImportStoresTheArticleWithAllItsClaims()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Imported speaker");
        var response = await client.PostAsJsonAsync("/api/v1/articles/import", Import(data.Tag, speaker.Id, 3), Json.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var articleId = body.GetProperty("article").GetProperty("id").GetGuid();

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{articleId}/claims");
        Assert.Equal(3, stored.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AnImportWithOneBadClaimStoresNothing()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Half imported");
        var import = Import(data.Tag, speaker.Id, 3);
        import.Claims[2].ContentSpan = new SpanDto(0, 100_000);

        var response = await client.PostAsJsonAsync("/api/v1/articles/import", import, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles?url={Uri.EscapeDataString(import.Article!.CanonicalUrl)}");
        Assert.Equal(0, found.GetProperty("items").GetArrayLength());
    }
}
