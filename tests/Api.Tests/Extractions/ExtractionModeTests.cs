using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Tests.Extractions;

/// <summary>Accurate (the learned model, the default) and fast (rules only) modes, and the confidence threshold.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExtractionModeTests(ApiFactory factory)
{
    private const string Text = "The harbour master said the port will reopen on Monday. \"We are ready,\" she said.";

    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData(null, ExtractionMode.Accurate)]
    [InlineData("accurate", ExtractionMode.Accurate)]
    [InlineData("fast", ExtractionMode.Fast)]
    public async Task TheResponseSaysWhichEngineRan(string? mode, ExtractionMode expected)
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new { text = Text, mode });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<ExtractionResponse>();
        Assert.Equal(expected, result.Mode);
        var said = Assert.Single(result.Attributions, a => a.Cue.Any(c => c.Text == "said") && a.Source.Any(s => s.Text == "The harbour master"));
        Assert.Contains("the port will reopen on Monday", said.Content[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownModeIsBadRequestNamingTheField()
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new { text = Text, mode = "thorough" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mode", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task AccurateModeRefusesTextsOverItsLimitWhileFastModeTakesThem()
    {
        var text = string.Concat(Enumerable.Repeat("The mayor said the bridge is safe. ", 8_000));

        var accurate = await client.PostAsJsonAsync("/api/v1/extractions", new { text });
        var fast = await client.PostAsJsonAsync("/api/v1/extractions", new { text, mode = "fast" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, accurate.StatusCode);
        Assert.Contains("fast", (await accurate.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fast.StatusCode);
    }

    [Fact]
    public async Task ConfidenceIsAProbability()
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new { text = Text });

        var result = await response.ReadAsync<ExtractionResponse>();
        Assert.All(result.Attributions, a => Assert.InRange(a.Confidence, 0, 1));
    }

    [Fact]
    public async Task ArticleExtractionStoresOnlyAttributionsAtOrAboveMinConfidence()
    {
        var data = new TestData(client);
        var article = await data.ArticleAsync(body: TestData.Body);

        var all = await ExtractAsync(article.Id, new { minConfidence = 0.0 });
        var none = await ExtractAsync(article.Id, new { minConfidence = 1.0 });
        var fast = await ExtractAsync(article.Id, new { mode = "fast" });

        Assert.Equal(ExtractionMode.Accurate, all.Mode);
        Assert.NotEmpty(all.Claims);
        Assert.Equal(0, all.Skipped);
        Assert.Equal(all.Claims.Count, none.Removed);
        Assert.Empty(none.Claims);
        Assert.Equal(all.Claims.Count, none.Skipped);
        Assert.Equal(ExtractionMode.Fast, fast.Mode);
        Assert.NotEmpty(fast.Claims);
    }

    [Theory]
    [InlineData("""{"minConfidence": 1.5}""", "minConfidence")]
    [InlineData("""{"mode": "slow"}""", "mode")]
    public async Task ArticleExtractionRefusesBadSettings(string body, string field)
    {
        var article = await new TestData(client).ArticleAsync(body: TestData.Body);

        var response = await client.PostAsync($"/api/v1/articles/{article.Id}/extraction", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblemAsync()).ErrorFields());
    }

    private async Task<ArticleExtractionResponse> ExtractAsync(Guid articleId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/articles/{articleId}/extraction", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ArticleExtractionResponse>();
    }
}
