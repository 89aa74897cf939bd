using System.Net;
using System.Xml.Linq;
using NewsroomClaims.Api.Samples;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Exports;

[Collection(ApiCollection.Name)]
public sealed class FeedAndGraphTests(ApiFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ActorFeedIsAtomWithTheRequiredElementsForFeedAndEveryEntry()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var second = TestData.Claim(data.Article.Id, data.Minister.Id, "repairs cost 3 million");
        await new TestData(client).ClaimAsync(second);

        var response = await client.GetAsync($"/api/v1/actors/{data.Minister.Id}/claims.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + required)?.Value), $"feed has no {required}");
        }

        Assert.Equal(data.Minister.Name, feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
        {
            Assert.StartsWith("urn:uuid:", entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _));
            Assert.Equal(data.Minister.Name, entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("href") == data.Article.CanonicalUrl);
        }

        Assert.Contains(entries, e => e.Element(Atom + "summary")!.Value.Contains($"{data.Outlet.Name} (according to)"));
    }

    [Fact]
    public async Task FeedOfAnUnknownActorAnswers404ProblemDetails()
    {
        var response = await client.GetAsync($"/api/v1/actors/{Guid.CreateVersion7()}/claims.atom");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task AttributionGraphIsSvgNamingEveryActorOfTheArticlesChains()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var svg = await GraphAsync(data.Article.Id);

        var names = NodeNames(svg);
        Assert.Equal(new[] { data.Wire.Name, data.Outlet.Name, ExportData.Officials, data.Minister.Name }.Order(), names.Order());
        var cues = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "edge").Select(g => g.Element(Svg + "text")?.Value).ToList();
        Assert.Equal(["according to", "said", "said"], cues.Order());
    }

    [Fact]
    public async Task SampleStoryGraphNamesEverySourceOfEveryChain()
    {
        var articles = await client.GetStringAsync($"/api/v1/articles?url={Uri.EscapeDataString(SampleData.ArticleUrl)}");
        var articleId = System.Text.Json.JsonDocument.Parse(articles).RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        var claims = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/v1/claims?article={articleId}&pageSize=100")).RootElement;
        var expected = claims.GetProperty("items").EnumerateArray()
            .SelectMany(c => c.GetProperty("chain").EnumerateArray())
            .Select(l => l.GetProperty("actorName").GetString() ?? l.GetProperty("description").GetString()!)
            .ToHashSet();

        var svg = await GraphAsync(articleId);
        var text = string.Join("\n", svg.Descendants().Where(e => e.Name == Svg + "title" || e.Name == Svg + "tspan").Select(e => e.Value));
        Assert.True(expected.Count >= 8, $"only {expected.Count} sources in the sample");
        Assert.All(expected, name => Assert.Contains(name, text));
    }

    [Fact]
    public async Task GraphOfAnUnknownArticleAnswers404ProblemDetails()
    {
        var response = await client.GetAsync($"/api/v1/articles/{Guid.CreateVersion7()}/attribution-graph.svg");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    private async Task<XElement> GraphAsync(Guid articleId)
    {
        var response = await client.GetAsync($"/api/v1/articles/{articleId}/attribution-graph.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private static List<string> NodeNames(XElement svg) => svg.Descendants(Svg + "g")
        .Where(g => ((string?)g.Attribute("class"))?.StartsWith("node", StringComparison.Ordinal) == true)
        .Select(g => (string)g.Attribute("data-name")!).ToList();
}
