using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Matching;

/// <summary>Bad input to the matching endpoints answers problem details (400 or 404), never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class MatchingBadInputTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> BadTexts => ["", "   \n\t ", new string('x', 10_001)];

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task AnEmptyOrOverlongTextAnswers400(string text)
    {
        var response = await client.PostAsJsonAsync("/api/v1/claim-matches", new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    [InlineData("2")]
    public async Task AMinScoreOutsideZeroToOneAnswers400(string minScore)
    {
        var claim = await AnyClaimAsync();

        var similar = await client.GetAsync($"/api/v1/claims/{claim}/similar?minScore={minScore}");
        var matches = await client.PostAsync("/api/v1/claim-matches",
            new StringContent($$"""{"text":"the bridge will reopen","minScore":{{minScore}}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, similar.StatusCode);
        Assert.Contains("minScore", (await similar.ReadProblemAsync()).ErrorFields(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, matches.StatusCode);
        Assert.Contains("minScore", (await matches.ReadProblemAsync()).ErrorFields());
    }

    [Theory]
    [InlineData("/api/v1/claims/{0}/similar")]
    [InlineData("/api/v1/claims/{0}/appearances")]
    [InlineData("/api/v1/statements/{0}")]
    [InlineData("/api/v1/statements/{0}/appearances")]
    [InlineData("/api/v1/statements/{0}/history")]
    public async Task UnknownIdsAnswer404(string path)
    {
        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task CorrectingAnUnknownStatementAnswers404()
    {
        var id = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/statements/{id}/merge", new { statement = Guid.CreateVersion7() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/statements/{id}/split", new { claims = new[] { Guid.CreateVersion7() } })).StatusCode);
    }

    [Theory]
    [InlineData("Nobody By This Name")]
    [InlineData("0197a000-0000-7000-8000-000000000000")]
    public async Task AnUnknownSpeakerAnswers400NamingTheField(string speaker)
    {
        var response = await client.PostAsJsonAsync("/api/v1/claim-matches", new { text = "the bridge will reopen", speaker });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("speaker", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Theory]
    [InlineData("limit", "0")]
    [InlineData("limit", "101")]
    [InlineData("speaker", "\"\"")]
    public async Task OtherBadFieldsAnswer400(string field, string value)
    {
        var response = await client.PostAsync("/api/v1/claim-matches",
            new StringContent($$"""{"text":"the bridge will reopen","{{field}}":{{value}}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblemAsync()).ErrorFields());
    }

    [Theory]
    [InlineData("from=2025-05-04&to=2025-05-03", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageToken=nonsense", "pageToken")]
    [InlineData("speaker=someone", "speaker")]
    public async Task BadSimilarQueriesAnswer400(string query, string field)
    {
        var response = await client.GetAsync($"/api/v1/claims/{await AnyClaimAsync()}/similar?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblemAsync()).ErrorFields(), StringComparer.OrdinalIgnoreCase);
    }

    private async Task<Guid> AnyClaimAsync()
    {
        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/claims?pageSize=1");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
