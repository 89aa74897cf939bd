using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NewsroomClaims.Api.Tests.Exports;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Caching;

[Collection(ApiCollection.Name)]
public sealed class RepresentationETagTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<HttpResponseMessage> GetAsync(string path, string accept, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task JsonAndJsonLdOfOneClaimHaveTheirOwnETagsAndVaryByAccept()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var path = $"/api/v1/claims/{data.Claim.Id}";

        var json = await GetAsync(path, "application/json");
        var linked = await GetAsync(path, "application/ld+json");

        Assert.NotNull(json.Headers.ETag);
        Assert.NotNull(linked.Headers.ETag);
        Assert.NotEqual(json.Headers.ETag, linked.Headers.ETag);
        Assert.Contains("Accept", json.Headers.Vary);
        Assert.Contains("Accept", linked.Headers.Vary);
    }

    [Fact]
    public async Task IfNoneMatchWithTheJsonETagAnswers304ForJsonOnlyAndTheJsonLdOneForJsonLdOnly()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var path = $"/api/v1/claims/{data.Claim.Id}";
        var jsonTag = (await GetAsync(path, "application/json")).Headers.ETag!;
        var linkedTag = (await GetAsync(path, "application/ld+json")).Headers.ETag!;

        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, "application/json", jsonTag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, "application/ld+json", jsonTag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, "application/ld+json", linkedTag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, "application/json", linkedTag)).StatusCode);
    }

    [Fact]
    public async Task IfNoneMatchAnswers200OnceTheResourceChanged()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var path = $"/api/v1/articles/{data.Article.Id}";
        var ninjs = await GetAsync(path, "application/vnd.iptc.ninjs+json");
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, "application/vnd.iptc.ninjs+json", ninjs.Headers.ETag)).StatusCode);

        var patch = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent("""{"byline":"Desk"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        (await client.SendAsync(patch)).EnsureSuccessStatusCode();

        var changed = await GetAsync(path, "application/vnd.iptc.ninjs+json", ninjs.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(ninjs.Headers.ETag, changed.Headers.ETag);
    }

    [Fact]
    public async Task WritesMatchTheJsonETag()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var path = $"/api/v1/actors/{data.Minister.Id}";
        var read = await client.GetAsync(path);

        var patch = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent("""{"description":"Minister of works"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(patch)).StatusCode);
    }

    [Fact]
    public async Task AWriteWhoseAnswerCannotBeSentInTheAcceptedTypeIs406WithoutETagAndChangesNothing()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var path = $"/api/v1/actors/{data.Minister.Id}";
        var patch = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent("""{"description":"Never stored"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.Accept.ParseAdd("image/png");

        var response = await client.SendAsync(patch);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Contains("application/json", (await response.ReadProblemAsync()).GetProperty("detail").GetString());
        Assert.NotEqual("Never stored", (await client.GetFromJsonAsync<System.Text.Json.JsonElement>(path)).GetProperty("description").GetString());
    }
}
