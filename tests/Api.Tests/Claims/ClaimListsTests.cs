using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Claims;

[Collection(ApiCollection.Name)]
public sealed class ClaimListsTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<IReadOnlyList<ClaimResponse>> ListAsync(string query) =>
        (await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?{query}", Json.Options))!.Items;

    [Fact]
    public async Task FiltersNarrowTheListToMatchingClaims()
    {
        var data = new TestData(client);
        var outlet = await data.ActorAsync("Filter Outlet", ActorKind.Outlet);
        var minister = await data.ActorAsync("Filter Minister");
        var mayor = await data.ActorAsync("Filter Mayor");
        var article = await data.ArticleAsync(outlet.Id);
        var otherArticle = await data.ArticleAsync();

        var warned = TestData.Claim(article.Id, minister.Id, "delays are likely");
        warned.Kind = ClaimKind.Direct;
        warned.Cue = "warned";
        warned.About = [mayor.Id];
        warned.Topics = ["bridge"];
        warned.ReportedBy = [new LinkRequest { ActorId = outlet.Id }];
        warned.SaidOn = new ApproximateDateDto(new DateOnly(2025, 3, 10));
        var a = await data.ClaimAsync(warned);
        var b = await data.ClaimAsync(TestData.Claim(otherArticle.Id, mayor.Id, "repairs cost 3 million"));

        Assert.Equal([a.Id], (await ListAsync($"speaker={minister.Id}")).Select(c => c.Id));
        Assert.Equal([a.Id], (await ListAsync($"mentions={mayor.Id}")).Select(c => c.Id));
        Assert.Equal([a.Id], (await ListAsync($"reportedBy={outlet.Id}")).Select(c => c.Id));
        Assert.Equal([a.Id], (await ListAsync($"publisher={outlet.Id}")).Select(c => c.Id));
        Assert.Equal([b.Id], (await ListAsync($"article={otherArticle.Id}")).Select(c => c.Id));
        Assert.Equal([a.Id], (await ListAsync($"speaker={minister.Id}&kind=direct&cue=WARNED&topic=bridge")).Select(c => c.Id));
        Assert.Empty(await ListAsync($"speaker={minister.Id}&kind=indirect"));
        Assert.Equal([b.Id], (await ListAsync($"speaker={mayor.Id}&q=COST%203")).Select(c => c.Id));
        Assert.Equal([a.Id], (await ListAsync($"article={article.Id}&from=2025-03-10&to=2025-03-10")).Select(c => c.Id));
        Assert.Empty(await ListAsync($"article={article.Id}&from=2025-03-11"));
        Assert.Equal([a.Id], (await ListAsync($"article={article.Id}&origin=person")).Select(c => c.Id));
    }

    [Fact]
    public async Task NestedListsReturnTheArticlesClaimsAndTheActorsClaimsAndMentions()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Nested Speaker");
        var subject = await data.ActorAsync("Nested Subject");
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, speaker.Id);
        request.About = [subject.Id];
        var claim = await data.ClaimAsync(request);

        async Task<Guid> Only(string path) => Assert.Single((await client.GetFromJsonAsync<Page<ClaimResponse>>(path, Json.Options))!.Items).Id;

        Assert.Equal(claim.Id, await Only($"/api/v1/articles/{article.Id}/claims"));
        Assert.Equal(claim.Id, await Only($"/api/v1/actors/{speaker.Id}/claims"));
        Assert.Equal(claim.Id, await Only($"/api/v1/actors/{subject.Id}/mentions"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/actors/{Guid.CreateVersion7()}/claims")).StatusCode);
    }

    [Fact]
    public async Task PagingVisitsEveryClaimOnceWhileClaimsAreInserted()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Paging Speaker");
        var article = await data.ArticleAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var request = TestData.Claim(article.Id, speaker.Id, $"statement {i}");
            request.SaidOn = new ApproximateDateDto(new DateOnly(2025, 1, 1).AddDays(i));
            created.Add((await data.ClaimAsync(request)).Id);
        }

        var seen = new List<Guid>();
        string? next = $"/api/v1/claims?speaker={speaker.Id}&pageSize=3";
        var pages = 0;
        while (next is not null)
        {
            var page = (await client.GetFromJsonAsync<Page<ClaimResponse>>(next, Json.Options))!;
            seen.AddRange(page.Items.Select(c => c.Id));
            next = page.Next;
            pages++;

            // A newer claim lands between page reads; keyset paging neither repeats nor skips because of it.
            var late = TestData.Claim(article.Id, speaker.Id, $"late {pages}");
            late.SaidOn = new ApproximateDateDto(new DateOnly(2026, 1, pages));
            await data.ClaimAsync(late);
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(created), seen);
    }

    [Fact]
    public async Task ListedClaimReadsTheSameAsTheClaimFetchedAlone()
    {
        var data = new TestData(client);
        var outlet = await data.ActorAsync("Same Outlet", ActorKind.Outlet);
        var speaker = await data.ActorAsync("Same Speaker");
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, speaker.Id);
        request.ReportedBy = [new LinkRequest { ActorId = outlet.Id, Cue = "reports" }, new LinkRequest { Description = "aides", Span = new SpanDto(0, 3) }];
        request.About = [outlet.Id, speaker.Id];
        request.Topics = ["a", "b"];
        request.SaidOn = new ApproximateDateDto(new DateOnly(2025, 2, 1), DatePrecision.Month, "in February");
        var created = await data.ClaimAsync(request);

        var listed = Assert.Single(await ListAsync($"speaker={speaker.Id}"));
        var alone = await client.GetStringAsync($"/api/v1/claims/{created.Id}");

        var about = (IEnumerable<ActorRef> refs) => refs.OrderBy(r => r.Name).ToList();
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize<ClaimResponse>(alone, Json.Options)! with { About = [] }, Json.Options),
            System.Text.Json.JsonSerializer.Serialize(listed with { About = [] }, Json.Options));
        Assert.Equal(about(created.About), about(listed.About));
    }

    [Fact]
    public async Task ListingClaimsDoesNotWaitForAnOpenWrite()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Patient Speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "an open write does not hold up this list"));

        // A writer mid-transaction: on SQLite it holds the database's one write lock until it ends.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var write = await db.Database.BeginTransactionAsync();
        await db.Claims.Where(c => c.Id == claim.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Content, "not committed yet"));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var page = await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?speaker={speaker.Id}", Json.Options, timeout.Token);

        Assert.Equal(claim.Content, Assert.Single(page!.Items).Content);
        await write.RollbackAsync();
    }

    [Fact]
    public async Task UnknownQueryParameterIsRejectedNotIgnored()
    {
        var response = await client.GetAsync("/api/v1/claims?speakr=00000000-0000-0000-0000-000000000001");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("speakr", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("pageToken=not-a-token")]
    [InlineData("speaker=not-a-guid")]
    [InlineData("kind=rumour")]
    [InlineData("from=2025-02-01&to=2025-01-01")]
    public async Task InvalidListParametersAreBadRequests(string query)
    {
        var response = await client.GetAsync($"/api/v1/claims?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
