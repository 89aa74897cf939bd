using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Search;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>A word no other test writes: the test's tag with its digits turned into letters, so every tokenizer sees one plain word.</summary>
    internal static string WordOf(TestData data, string suffix = "") =>
        "zq" + new string(data.Tag.Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray()) + suffix;

    private async Task<Page<SearchHit>> SearchAsync(string query)
    {
        var response = await client.GetAsync($"/api/v1/search?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<Page<SearchHit>>();
    }

    [Fact]
    public async Task SearchFindsAClaimByItsQuotedWordsAndHighlightsThem()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var speaker = await data.ActorAsync("Quoted Speaker");
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, speaker.Id);
        request.Quote = $"the {word} bridge <b>will</b> reopen";
        var claim = await data.ClaimAsync(request);

        var hit = Assert.Single((await SearchAsync($"q={word}")).Items);

        Assert.Equal((SearchType.Claim, claim.Id, speaker.Id), (hit.Type, hit.Id, hit.SpeakerId));
        Assert.Equal(request.Content, hit.Title);
        Assert.Contains($"<mark>{word}</mark>", hit.Snippet);
        Assert.DoesNotContain("<b>", hit.Snippet);
        Assert.DoesNotMatch("[<>]", hit.Snippet.Replace("<mark>", "").Replace("</mark>", ""));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task AnArticleIsSearchableByItsBodyAsSoonAsItsPostReturns()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var article = await data.ArticleAsync(body: $"{TestData.Body} Engineers found the {word} cracks early.");

        var hit = Assert.Single((await SearchAsync($"q=cracks+{word.ToUpperInvariant()}")).Items);

        Assert.Equal((SearchType.Article, article.Id, article.Headline), (hit.Type, hit.Id, hit.Title));
        Assert.Contains($"<mark>{word}</mark>", hit.Snippet);
        Assert.Equal(article.PublishedAt, hit.Date);
    }

    [Fact]
    public async Task EveryFormOfTheQueryWordsIsMarkedInTheSnippet()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        await data.ArticleAsync(body: $"{TestData.Body} The {word} ministers reopened the border crossing.");

        var hit = Assert.Single((await SearchAsync($"q={word}+minister+reopen")).Items);

        Assert.Contains($"<mark>{word}</mark> <mark>ministers</mark> <mark>reopened</mark> the border", hit.Snippet);
    }

    [Fact]
    public async Task SearchFindsAnActorByAnAlias()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var actor = await data.ActorAsync("Alias Holder", aliases: word);

        var hit = Assert.Single((await SearchAsync($"q={word}")).Items);

        Assert.Equal((SearchType.Actor, actor.Id, actor.Name), (hit.Type, hit.Id, hit.Title));
        Assert.Contains($"<mark>{word}</mark>", hit.Snippet);
        Assert.Null(hit.Date);
    }

    [Fact]
    public async Task FiltersNarrowSearchToTypeSpeakerAndDates()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var body = $"{TestData.Body} The {word} report.";
        var minister = await data.ActorAsync("Search Minister", aliases: word);
        var mayor = await data.ActorAsync("Search Mayor");
        var march = await data.ArticleAsync(publishedAt: new DateTime(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc), body: body);
        var may = await data.ArticleAsync(publishedAt: new DateTime(2025, 5, 20, 9, 0, 0, DateTimeKind.Utc), body: body);
        var byMinister = await data.ClaimAsync(TestData.Claim(march.Id, minister.Id, $"the {word} bridge will reopen"));
        var byMayor = await data.ClaimAsync(TestData.Claim(may.Id, mayor.Id, $"the {word} bridge will stay shut"));

        static IEnumerable<Guid> Ids(Page<SearchHit> page) => page.Items.Select(h => h.Id).Order();

        Assert.Equal(5, (await SearchAsync($"q={word}")).Items.Count);
        Assert.Equal(new[] { byMinister.Id, byMayor.Id }.Order(), Ids(await SearchAsync($"q={word}&type=claim")));
        Assert.Equal(new[] { march.Id, may.Id }.Order(), Ids(await SearchAsync($"q={word}&type=article")));
        Assert.Equal([minister.Id], Ids(await SearchAsync($"q={word}&type=actor")));
        Assert.Equal([byMayor.Id], Ids(await SearchAsync($"q={word}&speaker={mayor.Id}")));
        Assert.Equal(new[] { march.Id, byMinister.Id }.Order(), Ids(await SearchAsync($"q={word}&from=2025-03-10&to=2025-03-10")));
        Assert.Equal(new[] { may.Id, byMayor.Id }.Order(), Ids(await SearchAsync($"q={word}&from=2025-04-01")));
        Assert.Equal(new[] { march.Id, byMinister.Id }.Order(), Ids(await SearchAsync($"q={word}&from=2025-02-28&to=2025-04-30")));
        Assert.Equal(new[] { march.Id, may.Id, byMinister.Id, byMayor.Id }.Order(), Ids(await SearchAsync($"q={word}&from=2024-12-01&to=2025-05-20")));
        Assert.Empty((await SearchAsync($"q={word}&from=2025-03-11&to=2025-05-19")).Items);
        Assert.Empty((await SearchAsync($"q={word}+_m202503")).Items);
    }

    [Fact]
    public async Task PagesWalkEveryHitOnceInRankOrder()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var speaker = await data.ActorAsync("Paging Speaker");
        var article = await data.ArticleAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"claim {i} about {word}"))).Id);
        }

        var seen = new List<SearchHit>();
        var url = $"/api/v1/search?q={word}&pageSize=2";
        var pages = 0;
        while (url is not null)
        {
            var page = await client.GetFromJsonAsync<Page<SearchHit>>(url, Json.Options);
            seen.AddRange(page!.Items);
            url = page.Next;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(), seen.Select(h => h.Id).Order());
        Assert.Equal(seen.OrderByDescending(h => h.Score).Select(h => h.Score), seen.Select(h => h.Score));
    }

    [Fact]
    public async Task AHeadlineMatchRanksAboveABodyMention()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var inBody = await data.ArticleAsync(body: $"{TestData.Body} Later, a {word} was mentioned in passing among many other words about bridges.");
        var inHeadline = await data.ArticleAsync(headline: $"The {word} affair");

        var hits = (await SearchAsync($"q={word}")).Items;

        Assert.Equal([inHeadline.Id, inBody.Id], hits.Select(h => h.Id));
    }

    [Fact]
    public async Task PhrasesExclusionsAndAlternativesNarrowOrWidenTheSearch()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var speaker = await data.ActorAsync("Phrase Speaker");
        var article = await data.ArticleAsync();
        var together = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"{word} steel arrives"));
        var apart = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"steel beams for {word} arrive"));
        var other = WordOf(data, "other");
        var alternative = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"{other} concrete arrives"));

        Assert.Equal([together.Id], (await SearchAsync($"q=%22{word}+steel%22")).Items.Select(h => h.Id));
        Assert.Equal([together.Id], (await SearchAsync($"q={word}+-beams")).Items.Select(h => h.Id));
        Assert.Equal(new[] { together.Id, apart.Id, alternative.Id }.Order(), (await SearchAsync($"q={word}+OR+{other}")).Items.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task EditsAndDeletesReachTheIndexWithTheWrite()
    {
        var data = new TestData(client);
        var before = WordOf(data, "before");
        var after = WordOf(data, "after");
        var speaker = await data.ActorAsync("Edit Speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"the {before} bridge will reopen"));

        var patch = new StringContent($$"""{"content":"the {{after}} bridge will reopen"}""", System.Text.Encoding.UTF8, "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/api/v1/claims/{claim.Id}", patch)).StatusCode);
        Assert.Empty((await SearchAsync($"q={before}")).Items);
        Assert.Equal([claim.Id], (await SearchAsync($"q={after}")).Items.Select(h => h.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/articles/{article.Id}")).StatusCode);
        Assert.Empty((await SearchAsync($"q={after}")).Items);
    }

    [Fact]
    public async Task FilterTokensInTheIndexNeverMatchTheWordsOfAQuery()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var speaker = await data.ActorAsync("Facet Speaker");
        var article = await data.ArticleAsync(headline: $"Headline with {word}");
        await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"the {word} bridge will reopen"));

        Assert.Equal(2, (await SearchAsync($"q={word}")).Items.Count);
        Assert.Empty((await SearchAsync($"q={word}+claim")).Items);
        Assert.Empty((await SearchAsync($"q={word}+article")).Items);
        Assert.Empty((await SearchAsync($"q={word}+sp{speaker.Id:N}")).Items);
        Assert.Empty((await SearchAsync($"q={word}+_sp{speaker.Id:N}")).Items);
        Assert.Empty((await SearchAsync($"q={word}+_claim")).Items);
    }

    [Fact]
    public async Task ChangingAClaimsSpeakerMovesItUnderTheNewSpeakersFilter()
    {
        var data = new TestData(client);
        var word = WordOf(data);
        var first = await data.ActorAsync("First Speaker");
        var second = await data.ActorAsync("Second Speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, first.Id, $"the {word} bridge will reopen"));

        var patch = new StringContent($$$"""{"speaker":{"actorId":"{{{second.Id}}}"}}""", System.Text.Encoding.UTF8, "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/api/v1/claims/{claim.Id}", patch)).StatusCode);

        Assert.Empty((await SearchAsync($"q={word}&speaker={first.Id}")).Items);
        Assert.Equal([claim.Id], (await SearchAsync($"q={word}&speaker={second.Id}")).Items.Select(h => h.Id));
    }
}
