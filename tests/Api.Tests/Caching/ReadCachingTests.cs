using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Caching;

[Collection(ApiCollection.Name)]
public sealed class ReadCachingTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AReadAfterAWriteSeesTheWriteEvenWhenTheReadWasCached()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Cache Reader");
        var path = $"/api/v1/actors/{actor.Id}";
        await client.GetAsync(path);
        var second = await client.GetAsync(path);

        var patch = await client.PatchAsync(path, new StringContent("""{"description":"changed"}""", Encoding.UTF8, "application/merge-patch+json"));
        patch.EnsureSuccessStatusCode();
        var after = await client.GetFromJsonAsync<ActorResponse>(path, Json.Options);

        // Cached on SQLite (one process owns the data); never on PostgreSQL, where instances scale out.
        Assert.Equal(factory.Provider == "Sqlite", second.Headers.Age is not null);
        Assert.Equal("changed", after!.Description);
    }
}
