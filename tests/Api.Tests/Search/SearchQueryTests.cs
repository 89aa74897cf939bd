using System.Net;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Search;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchQueryTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"", "\"unclosed phrase", "AND OR NOT", "OR", "NOT putin", "*", "putin*", "(", "(putin", ")",
        "🙂", "putin 🙂 🇺🇦", "שלום עולם", "السلام عليكم", "'; DROP TABLE \"Claims\"; --", "NEAR(putin crimea, 2)",
        "title:putin", "^putin", "putin:*", "!putin & crimea | <->", "-", "--putin", "- -", "%_\\", "a\u0000b",
        "e\u0301", "\u200f\u202e", "ﬁnancial", new string('x', 500), string.Join(' ', Enumerable.Repeat("putin", 32)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueriesAnswerResultsOrProblemDetailsNeverAServerError(string query)
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Contains((await response.ReadProblemAsync()).ErrorFields(), f => f.Equals("q", StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            Assert.NotNull((await response.ReadAsync<Page<SearchHit>>()).Items);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/claims?pageSize=1")).StatusCode);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=", "q")]
    [InlineData("q=%F0%9F%99%82", "q")]
    [InlineData("q=-putin", "q")]
    [InlineData("q=putin&type=person", "type")]
    [InlineData("q=putin&pageSize=0", "pageSize")]
    [InlineData("q=putin&from=2025-05-01&to=2025-04-01", "to")]
    [InlineData("q=putin&pageToken=nonsense", "pageToken")]
    [InlineData("q=putin&sort=oldest", "sort")]
    public async Task InvalidSearchesAnswerProblemDetailsNamingTheParameter(string query, string field)
    {
        var response = await client.GetAsync($"/api/v1/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadProblemAsync()).ErrorFields();
        Assert.Contains(fields, f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AClaimListTokenIsNotASearchToken()
    {
        var list = await (await client.GetAsync("/api/v1/claims?pageSize=1")).ReadAsync<Page<ClaimResponse>>();
        Assert.NotNull(list.NextPageToken);

        var response = await client.GetAsync($"/api/v1/search?q=putin&pageToken={list.NextPageToken}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ReadProblemAsync()).ErrorFields(), f => f.Equals("pageToken", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SnippetsEscapeTheTextAndMarkOnlyTheMatches()
    {
        var html = Snippets.ToHtml($"R&D <b>{Snippets.Start}reopen{Snippets.Stop}</b> \"soon\" it's");

        Assert.Equal("R&amp;D &lt;b&gt;<mark>reopen</mark>&lt;/b&gt; &quot;soon&quot; it&#39;s", html);
    }

    [Fact]
    public void QueriesAreReducedToQuotedWordsForEachEngine()
    {
        var query = SearchQuery.Parse("\"peace deal\" putin's -crimea OR (kyiv) \"");

        Assert.Equal("((\"peace deal\" AND \"putin s\") NOT \"crimea\") OR (\"kyiv\")", query.ToFts5());
        Assert.Equal("\"peace deal\" \"putin s\" -crimea or kyiv", query.ToWebSearch());
        Assert.Equal(6, query.WordCount);
    }
}
