using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Tests.Matching;

/// <summary>A database of its own: the seed story's demand must come first with no other test's look-alike claims around.</summary>
public sealed class MatchingFactory : ApiFactory;

/// <summary>Has this been said before: matching a new statement and a stored claim against the stored claims.</summary>
public sealed class ClaimMatchingTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private const string Demand = "any peace agreement must include official recognition of the four Ukrainian regions";
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("Putin insists that a peace deal has to recognise Donetsk, Luhansk, Kherson and Zaporizhzhia as Russian territory.")]
    [InlineData("The Kremlin will only sign a settlement if Ukraine's four annexed regions are formally acknowledged as part of Russia.")]
    [InlineData("Russia's president repeated his demand that any peace treaty officially recognise the four Ukrainian provinces Moscow annexed after the 2022 referendums.")]
    public async Task TheSeedStorysDemandWordedAnotherWayFindsPutinsClaimFirst(string text)
    {
        await factory.MatchingSettledAsync();
        var putin = await ActorAsync("Putin");

        var anyone = await MatchAsync(new { text });
        var byName = await MatchAsync(new { text, speaker = "vladimir putin" });
        var byId = await MatchAsync(new { text, speaker = putin.Id.ToString() });

        var first = anyone.Items[0];
        Assert.StartsWith(Demand, first.Content);
        Assert.Equal(putin.Id, first.Speaker.ActorId);
        Assert.Equal("Vladimir Putin", first.Speaker.ActorName);
        Assert.Equal("MENAFN", first.Publisher?.Name);
        Assert.InRange(first.Score, 0.6f, 1f);
        Assert.Equal(first.ClaimId, byName.Items[0].ClaimId);
        Assert.All(byName.Items, m => Assert.Equal(putin.Id, m.Speaker.ActorId));
        Assert.Equal(byName.Items.Select(m => m.ClaimId), byId.Items.Select(m => m.ClaimId));
        Assert.Equal(anyone.Items.OrderByDescending(m => m.Score).Select(m => m.ClaimId), anyone.Items.Select(m => m.ClaimId));
    }

    [Theory]
    [InlineData("The central bank raised interest rates by half a percentage point.")]
    [InlineData("Any peace agreement must include humanitarian corridors for civilians.")]
    [InlineData("Zelensky said Ukraine would never cede Crimea.")]
    public async Task StatementsThatSaySomethingElseDoNotMatchTheDemand(string text)
    {
        await factory.MatchingSettledAsync();

        var matches = await MatchAsync(new { text });

        Assert.DoesNotContain(matches.Items, m => m.Content.StartsWith(Demand, StringComparison.Ordinal));
        Assert.All(matches.Items, m => Assert.True(m.Score >= 0.5f));
    }

    [Fact]
    public async Task SimilarListsTheOtherAppearancesBestFirstWithSpeakerArticlePublisherAndDate()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Matching speaker");
        var wire = await data.ActorAsync("Matching wire", ActorKind.Outlet);
        var daily = await data.ActorAsync("Matching daily", ActorKind.Outlet);
        var first = await ClaimAsync(data, speaker, wire, new DateTime(2025, 4, 2, 9, 0, 0, DateTimeKind.Utc), "the port of Odesa will reopen to grain ships next week");
        var second = await ClaimAsync(data, speaker, daily, new DateTime(2025, 4, 3, 9, 0, 0, DateTimeKind.Utc), "the port of Odesa would reopen to grain ships next week");
        var unrelated = await ClaimAsync(data, speaker, daily, new DateTime(2025, 4, 4, 9, 0, 0, DateTimeKind.Utc), "the orchestra will tour Japan in the autumn");
        await factory.MatchingSettledAsync();

        var page = await client.GetFromJsonAsync<Page<ClaimMatch>>($"/api/v1/claims/{second.Id}/similar", Json.Options);

        var match = page!.Items[0];
        Assert.Equal(first.Id, match.ClaimId);
        Assert.InRange(match.Score, 0.8f, 1f);
        Assert.Equal(speaker.Name, match.Speaker.ActorName);
        Assert.Equal(first.ArticleId, match.Article.Id);
        Assert.Equal(wire.Name, match.Publisher?.Name);
        Assert.Equal(new DateOnly(2025, 4, 2), match.Date);
        Assert.DoesNotContain(page.Items, m => m.ClaimId == second.Id || m.ClaimId == unrelated.Id);
    }

    [Fact]
    public async Task SimilarFiltersBySpeakerDateAndScoreAndPagesWithoutRepeats()
    {
        var data = new TestData(client);
        var one = await data.ActorAsync("Filter speaker one");
        var two = await data.ActorAsync("Filter speaker two");
        var outlet = await data.ActorAsync("Filter outlet", ActorKind.Outlet);
        var text = $"the ferry to the island {data.Tag} will run twice a day from June";
        var query = await ClaimAsync(data, one, outlet, new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc), text);
        var same = new List<ClaimResponse>();
        for (var day = 2; day <= 6; day++)
        {
            same.Add(await ClaimAsync(data, one, outlet, new DateTime(2025, 5, day, 0, 0, 0, DateTimeKind.Utc), $"{text}, day {day}"));
        }

        var other = await ClaimAsync(data, two, outlet, new DateTime(2025, 5, 3, 0, 0, 0, DateTimeKind.Utc), text);
        await factory.MatchingSettledAsync();
        var path = $"/api/v1/claims/{query.Id}/similar";

        var bySpeaker = await client.GetFromJsonAsync<Page<ClaimMatch>>($"{path}?speaker={two.Id}", Json.Options);
        var byDate = await client.GetFromJsonAsync<Page<ClaimMatch>>($"{path}?speaker={one.Id}&from=2025-05-03&to=2025-05-04", Json.Options);
        var strict = await client.GetFromJsonAsync<Page<ClaimMatch>>($"{path}?minScore=0.97", Json.Options);

        Assert.Equal([other.Id], bySpeaker!.Items.Select(m => m.ClaimId));
        Assert.Equal(new[] { same[1].Id, same[2].Id }.Order(), byDate!.Items.Select(m => m.ClaimId).Order());
        Assert.Contains(strict!.Items, m => m.ClaimId == other.Id);
        Assert.All(strict.Items, m => Assert.True(m.Score >= 0.97f));

        var seen = new List<ClaimMatch>();
        var next = $"{path}?speaker={one.Id}&pageSize=2";
        while (next is not null)
        {
            var page = await client.GetFromJsonAsync<Page<ClaimMatch>>(next, Json.Options);
            seen.AddRange(page!.Items);
            next = page.Next;
        }

        Assert.Equal(same.Select(c => c.Id).Order(), seen.Select(m => m.ClaimId).Order());
        Assert.Equal(seen.OrderByDescending(m => m.Score).Select(m => m.ClaimId), seen.Select(m => m.ClaimId));
    }

    [Fact]
    public async Task AClaimJustWrittenIsMatchedOnItsWordsAtOnce()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Fresh speaker");
        var outlet = await data.ActorAsync("Fresh outlet", ActorKind.Outlet);
        await ClaimAsync(data, speaker, outlet, new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), $"the {data.Tag} stadium will be rebuilt by 2027");
        await factory.MatchingSettledAsync();

        var fresh = await ClaimAsync(data, speaker, outlet, new DateTime(2025, 6, 2, 0, 0, 0, DateTimeKind.Utc), $"the {data.Tag} stadium is to be rebuilt by 2027");
        var response = await client.GetAsync($"/api/v1/claims/{fresh.Id}/similar?speaker={speaker.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync<Page<ClaimMatch>>()).Items);
    }

    [Fact]
    public async Task ReadersMatchStatementsWithoutAKey()
    {
        using var anonymous = factory.CreateClientWithKey(null);

        var response = await anonymous.PostAsJsonAsync("/api/v1/claim-matches", new { text = "The bridge will reopen in May." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<ClaimMatchesResponse> MatchAsync(object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/claim-matches", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ClaimMatchesResponse>();
    }

    private async Task<ActorResponse> ActorAsync(string name)
    {
        var page = await client.GetFromJsonAsync<Page<ActorResponse>>($"/api/v1/actors?name={name}", Json.Options);
        return Assert.Single(page!.Items);
    }

    /// <summary>A claim in an article of its own by <paramref name="publisher"/>, dated by the article.</summary>
    internal static async Task<ClaimResponse> ClaimAsync(TestData data, ActorResponse speaker, ActorResponse publisher, DateTime publishedAt, string content)
    {
        var article = await data.ArticleAsync(publisher.Id, publishedAt);
        return await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, content));
    }
}
