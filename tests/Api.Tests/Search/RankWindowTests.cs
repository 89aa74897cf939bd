using System.Net.Http.Json;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Search;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Search;

public sealed class SmallRankWindowFactory : ApiFactory
{
    protected override void Configure(IDictionary<string, string?> settings) => settings["Search:RankWindow"] = "3";
}

/// <summary>The rank window bounds a search's cost: only the newest matches that pass the filters are ranked.</summary>
public sealed class RankWindowTests(SmallRankWindowFactory factory) : IClassFixture<SmallRankWindowFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<List<Guid>> IdsAsync(string query)
    {
        var page = await client.GetFromJsonAsync<Page<SearchHit>>($"/api/v1/search?{query}", Json.Options);
        return page!.Items.Select(h => h.Id).Order().ToList();
    }

    [Fact]
    public async Task WhenMoreMatchThanTheWindowOnlyTheNewestAreRanked()
    {
        var data = new TestData(client);
        var word = SearchTests.WordOf(data);
        var article = await data.ArticleAsync();
        var speaker = await data.ActorAsync("Window Speaker");
        var claims = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            // The oldest claims repeat the word, so they would rank first if every match were ranked.
            var content = string.Join(' ', Enumerable.Repeat(word, i < 2 ? 4 : 1)) + $" claim {i}";
            claims.Add((await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, content))).Id);
        }

        Assert.Equal(claims[2..].Order(), await IdsAsync($"q={word}"));

        // Paging walks the same window: two pages, three hits, none of the two oldest.
        var first = await client.GetFromJsonAsync<Page<SearchHit>>($"/api/v1/search?q={word}&pageSize=2", Json.Options);
        var second = await client.GetFromJsonAsync<Page<SearchHit>>(first!.Next, Json.Options);
        Assert.Null(second!.Next);
        Assert.Equal(claims[2..].Order(), first.Items.Concat(second.Items).Select(h => h.Id).Order());
    }

    [Fact]
    public async Task FiltersApplyBeforeTheWindow()
    {
        var data = new TestData(client);
        var word = SearchTests.WordOf(data);
        var article = await data.ArticleAsync();
        var early = await data.ActorAsync("Early Speaker");
        var late = await data.ActorAsync("Late Speaker");
        var earlyClaims = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            earlyClaims.Add((await data.ClaimAsync(TestData.Claim(article.Id, early.Id, $"{word} early {i}"))).Id);
        }

        for (var i = 0; i < 4; i++)
        {
            await data.ClaimAsync(TestData.Claim(article.Id, late.Id, $"{word} late {i}"));
        }

        Assert.Equal(3, (await IdsAsync($"q={word}")).Count);
        Assert.Equal(earlyClaims.Order(), await IdsAsync($"q={word}&speaker={early.Id}"));
    }
}
