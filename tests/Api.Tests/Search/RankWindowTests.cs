using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
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

    [Fact]
    public async Task MatchesAddedLongAgoAreRankedOnlyWhenTheNewestDoNotFillTheWindow()
    {
        var data = new TestData(client);
        var full = SearchTests.WordOf(data, "full");
        var sparse = SearchTests.WordOf(data, "sparse");
        var article = await data.ArticleAsync();
        var speaker = await data.ActorAsync("Tier Speaker");
        async Task<Guid> ClaimAsync(string content) => (await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, content))).Id;
        // The old claims repeat the word, so they would rank first if they were in the window.
        await ClaimAsync($"{full} {full} {full} old one");
        await ClaimAsync($"{full} {full} {full} old two");
        var oldSparse = new[] { await ClaimAsync($"{sparse} old one"), await ClaimAsync($"{sparse} old two") };

        // On PostgreSQL the engine looks among the newest tiers of documents (2^14 each) first and widens the look
        // fourfold while the window is not full: leap 100 tiers, past the first three looks, so only the look over
        // every document finds the old claims. SQLite ranks by rowid and has no tiers: the outcome must be the same.
        if (factory.Provider == "Postgres")
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("""SELECT setval('"SearchDocuments_Seq_seq"', (SELECT last_value FROM "SearchDocuments_Seq_seq") + 100 * 16384)""");
        }

        var newFull = new[] { await ClaimAsync($"{full} new 1"), await ClaimAsync($"{full} new 2"), await ClaimAsync($"{full} new 3") };
        var newSparse = await ClaimAsync($"{sparse} new");

        // Three new matches fill the window of three: the old ones, which would rank first, are left out.
        Assert.Equal(newFull.Order(), await IdsAsync($"q={full}"));
        // One new match does not: the look widens until it reaches the two old ones.
        Assert.Equal(oldSparse.Append(newSparse).Order(), await IdsAsync($"q={sparse}"));
    }
}
