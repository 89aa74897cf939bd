using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Exports;

[Collection(ApiCollection.Name)]
public sealed class JsonLdAndNinjsTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task ClaimAsJsonLdHasSpeakerAsAuthorArticleAsAppearanceAndTheChainInOrder()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var (_, doc) = await GetAsync($"/api/v1/claims/{data.Claim.Id}", "application/ld+json");

        Assert.Equal("https://schema.org/", doc.GetProperty("@context").GetProperty("@vocab").GetString());
        Assert.Equal("http://www.w3.org/ns/prov#", doc.GetProperty("@context").GetProperty("prov").GetString());
        Assert.Equal("Claim", doc.GetProperty("@type").GetString());
        Assert.EndsWith($"/api/v1/claims/{data.Claim.Id}", doc.GetProperty("@id").GetString());
        Assert.Equal(data.Claim.Content, doc.GetProperty("text").GetString());
        Assert.Equal(data.Minister.Name, doc.GetProperty("author").GetProperty("name").GetString());
        Assert.Contains("Person", doc.GetProperty("author").GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(data.Minister.Name, doc.GetProperty("prov:wasAttributedTo").GetProperty("name").GetString());

        var appearance = Assert.Single(doc.GetProperty("appearance").EnumerateArray());
        Assert.Equal("NewsArticle", appearance.GetProperty("@type").GetString());
        Assert.Equal(data.Article.CanonicalUrl, appearance.GetProperty("url").GetString());
        Assert.Equal(data.Wire.Name, appearance.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(data.Article.CanonicalUrl, doc.GetProperty("firstAppearance").GetProperty("url").GetString());

        var sources = new List<(string? Name, string? Cue)>();
        for (var account = doc.GetProperty("prov:wasQuotedFrom"); ; account = account.GetProperty("prov:wasQuotedFrom"))
        {
            Assert.Equal(sources.Count, account.GetProperty("position").GetInt32());
            sources.Add((account.GetProperty("prov:wasAttributedTo").GetProperty("name").GetString(),
                account.TryGetProperty("description", out var cue) ? cue.GetString() : null));
            if (!account.TryGetProperty("prov:wasQuotedFrom", out _))
            {
                break;
            }
        }

        Assert.Equal([(data.Wire.Name, null), (data.Outlet.Name, "according to"), (ExportData.Officials, "said"), (data.Minister.Name, "said")], sources);
    }

    [Fact]
    public async Task ClaimsListAsJsonLdIsAGraphOfClaims()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var (_, doc) = await GetAsync($"/api/v1/claims?article={data.Article.Id}", "application/ld+json");

        var claim = Assert.Single(doc.GetProperty("@graph").EnumerateArray());
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal(data.Minister.Name, claim.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ArticleAsNinjsCarriesTheTextAndThePeopleAndOrganisationsOfItsClaims()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var (_, item) = await GetAsync($"/api/v1/articles/{data.Article.Id}", "application/vnd.iptc.ninjs+json");

        Assert.EndsWith($"/api/v1/articles/{data.Article.Id}", item.GetProperty("uri").GetString());
        Assert.Equal("text", item.GetProperty("type").GetString());
        Assert.StartsWith("2.", item.GetProperty("standard").GetProperty("version").GetString());
        Assert.Equal(data.Article.Headline, item.GetProperty("headlines")[0].GetProperty("value").GetString());
        Assert.Equal(data.Article.Body, item.GetProperty("bodies")[0].GetProperty("value").GetString());
        Assert.Equal("en", item.GetProperty("language").GetString());
        Assert.True(DateTime.TryParse(item.GetProperty("firstcreated").GetString(), out _));

        var people = item.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("rel").GetString());
        Assert.Equal(new Dictionary<string, string?> { [data.Minister.Name] = "speaker" }, people);
        var organisations = item.GetProperty("organisations").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("rel").GetString());
        Assert.Equal(new Dictionary<string, string?> { [data.Wire.Name] = "publisher", [data.Outlet.Name] = "source" }, organisations);
    }

    [Fact]
    public async Task JsonStaysTheAnswerForClientsThatAcceptJsonOrAnything()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        foreach (var (path, accept) in new[] { "/api/v1/claims", $"/api/v1/claims/{data.Claim.Id}", $"/api/v1/articles/{data.Article.Id}" }
            .SelectMany(p => new[] { (p, "*/*"), (p, "application/json"), (p, "application/*") }))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd(accept);
            var response = await client.SendAsync(request);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task AnAcceptNoOperationOffersAnswers406WithProblemDetails()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/claims");
        request.Headers.Accept.ParseAdd("application/xml");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AMissingClaimAskedForAsJsonLdAnswers404ProblemDetails()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/claims/{Guid.CreateVersion7()}");
        request.Headers.Accept.ParseAdd("application/ld+json");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
