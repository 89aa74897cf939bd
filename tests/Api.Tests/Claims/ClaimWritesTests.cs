using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Claims;

[Collection(ApiCollection.Name)]
public sealed class ClaimWritesTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task PostingClaimStoresChainOutermostFirstEndingWithSpeaker()
    {
        var data = new TestData(client);
        var wire = await data.ActorAsync("Wire", ActorKind.Outlet);
        var ministry = await data.ActorAsync("Ministry", ActorKind.Government);
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, ministry.Id);
        request.ReportedBy = [new LinkRequest { ActorId = wire.Id }, new LinkRequest { Description = "officials", Cue = "warned" }];
        request.About = [ministry.Id];
        request.SaidOn = new ApproximateDateDto(new DateOnly(2025, 3, 1), DatePrecision.Month, "in March");

        var claim = await data.ClaimAsync(request);

        Assert.Equal([wire.Name, null, ministry.Name], claim.Chain.Select(l => l.ActorName));
        Assert.Equal([0, 1, 2], claim.Chain.Select(l => l.Position));
        Assert.Equal("officials", claim.Chain[1].Description);
        Assert.Equal(ministry.Id, claim.Speaker.ActorId);
        Assert.Equal(ministry.Name, Assert.Single(claim.About).Name);
        Assert.Equal(DatePrecision.Month, claim.SaidOn!.Precision);
        Assert.Equal(ClaimOrigin.Person, claim.Origin);
    }

    [Fact]
    public async Task PostingClaimWithoutSpeakerReturnsProblemDetails()
    {
        var data = new TestData(client);
        var article = await data.ArticleAsync();

        var response = await client.PostAsJsonAsync("/api/v1/claims", new { articleId = article.Id, content = "x", kind = "direct" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("speaker", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task PostingClaimWithAnonymousSpeakerNeedsADescription()
    {
        var data = new TestData(client);
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, Guid.Empty);
        request.Speaker = new LinkRequest { Cue = "said" };

        var response = await client.PostAsJsonAsync("/api/v1/claims", request, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("speaker.description", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task PostingClaimWithUnknownSpeakerOrArticleListsBoth()
    {
        var request = TestData.Claim(Guid.CreateVersion7(), Guid.CreateVersion7());

        var response = await client.PostAsJsonAsync("/api/v1/claims", request, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadProblemAsync()).ErrorFields();
        Assert.Contains("articleId", fields);
        Assert.Contains("speaker.actorId", fields);
    }

    [Fact]
    public async Task SpanPastTheArticleBodyIsRejectedAndNothingIsStored()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Span Breaker");
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, speaker.Id);
        request.ContentSpan = new SpanDto(10, TestData.Body.Length + 1);
        request.Speaker!.Span = new SpanDto(5, 3);

        var response = await client.PostAsJsonAsync("/api/v1/claims", request, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadProblemAsync()).ErrorFields();
        Assert.Contains("contentSpan", fields);
        Assert.Contains("speaker.span", fields);
        var stored = await client.GetFromJsonAsync<NewsroomClaims.Api.Infrastructure.Page<ClaimResponse>>($"/api/v1/claims?speaker={speaker.Id}", Json.Options);
        Assert.Empty(stored!.Items);
    }

    [Fact]
    public async Task PatchingAnEngineClaimMakesItAPersonsClaim()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Patch Speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        var response = await client.PatchAsync($"/api/v1/claims/{claim.Id}",
            new StringContent("""{"content":"the bridge reopens in May","topics":["transport"]}""", Encoding.UTF8, "application/merge-patch+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patched = await response.ReadAsync<ClaimResponse>();
        Assert.Equal("the bridge reopens in May", patched.Content);
        Assert.Equal(["transport"], patched.Topics);
        Assert.Equal(speaker.Id, patched.Speaker.ActorId);
        Assert.Single(patched.Chain);
    }

    [Fact]
    public async Task ReplacingClaimChainReplacesEveryLink()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Chain Speaker");
        var outlet = await data.ActorAsync("Chain Outlet", ActorKind.Outlet);
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, speaker.Id);
        request.ReportedBy = [new LinkRequest { Description = "aides" }];
        var claim = await data.ClaimAsync(request);
        request.ReportedBy = [new LinkRequest { ActorId = outlet.Id, Cue = "according to" }, new LinkRequest { Description = "two aides" }];

        var response = await client.PutAsJsonAsync($"/api/v1/claims/{claim.Id}", request, Json.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = await response.ReadAsync<ClaimResponse>();
        Assert.Equal([outlet.Name, null, speaker.Name], replaced.Chain.Select(l => l.ActorName));
        Assert.Equal("two aides", replaced.Chain[1].Description);
    }

    [Fact]
    public async Task DeletingClaimWithStaleETagKeepsIt()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Delete Speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/claims/{claim.Id}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"stale\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/claims/{claim.Id}")).StatusCode);
    }
}
