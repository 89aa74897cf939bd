using System.Net.Http.Json;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Samples;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Samples;

/// <summary>The seed story is loaded on first start, with its chains, spans and relations intact.</summary>
[Collection(ApiCollection.Name)]
public sealed class SampleStoryTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<ActorResponse> ActorAsync(string name) =>
        Assert.Single((await client.GetFromJsonAsync<Page<ActorResponse>>($"/api/v1/actors?name={Uri.EscapeDataString(name)}", Json.Options))!.Items);

    private async Task<ArticleResponse> ArticleAsync()
    {
        var summary = Assert.Single((await client.GetFromJsonAsync<Page<ArticleSummaryResponse>>($"/api/v1/articles?url={Uri.EscapeDataString(SampleData.ArticleUrl)}", Json.Options))!.Items);
        return (await client.GetFromJsonAsync<ArticleResponse>($"/api/v1/articles/{summary.Id}", Json.Options))!;
    }

    private async Task<List<ClaimResponse>> AllClaimsAsync(Guid articleId) =>
        (await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/articles/{articleId}/claims?pageSize=100", Json.Options))!.Items.ToList();

    [Fact]
    public async Task ZelenskyyResolvesToZelensky()
    {
        var actor = await ActorAsync("Zelenskyy");

        Assert.Equal("Volodymyr Zelensky", actor.Name);
    }

    [Fact]
    public async Task PutinsClaimComesWithTheWholeChainFromTheWire()
    {
        var putin = await ActorAsync("Putin");

        var claims = (await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?speaker={putin.Id}", Json.Options))!.Items;

        var claim = Assert.Single(claims);
        Assert.Equal("reiterated", claim.Cue);
        Assert.Equal(["MENAFN", "Bloomberg", null, "Vladimir Putin"], claim.Chain.Select(l => l.ActorName));
        Assert.Equal("Sources familiar with the talks", claim.Chain[2].Description);
        Assert.Equal(["According to", "said", "reiterated"], claim.Chain.Skip(1).Select(l => l.Cue));
    }

    [Fact]
    public async Task EverySpanSlicesTheWordsItNames()
    {
        var article = await ArticleAsync();
        var claims = await AllClaimsAsync(article.Id);

        Assert.Equal(14, claims.Count);
        foreach (var claim in claims)
        {
            var content = claim.ContentSpan!;
            Assert.Equal(claim.Content, article.Body[content.Start..content.End]);
            Assert.Equal("MENAFN", claim.Chain[0].ActorName);
            foreach (var link in claim.Chain.Where(l => l.Span is not null && l.ActorName is null))
            {
                Assert.Equal(link.Description, article.Body[link.Span!.Start..link.Span.End]);
            }

            foreach (var link in claim.Chain.Where(l => l.CueSpan is not null))
            {
                Assert.Equal(link.Cue, article.Body[link.CueSpan!.Start..link.CueSpan.End]);
            }
        }
    }

    [Fact]
    public async Task ZelenskysRejectionContradictsTrumpsClaimThatHeMightCompromise()
    {
        var zelensky = await ActorAsync("Zelensky");
        var trump = await ActorAsync("Trump");
        var rejection = Assert.Single((await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?speaker={zelensky.Id}", Json.Options))!.Items);
        var compromise = Assert.Single((await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?speaker={trump.Id}&cue=claimed", Json.Options))!.Items);

        var relations = await client.GetFromJsonAsync<List<RelationResponse>>($"/api/v1/claims/{rejection.Id}/relations", Json.Options);

        var contradiction = Assert.Single(relations!, r => r.Kind == RelationKind.Contradicts);
        Assert.Equal(compromise.Id, contradiction.ToClaimId);
        Assert.Contains("Crimea", rejection.Content);
    }

    [Fact]
    public async Task TrumpsWarningIsAMixedQuoteWithItsQuotedWords()
    {
        var trump = await ActorAsync("Donald Trump");

        var warning = Assert.Single((await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?speaker={trump.Id}&cue=warn", Json.Options))!.Items);

        Assert.Equal(ClaimKind.Mixed, warning.Kind);
        Assert.Equal("lose everything", warning.Quote);
    }
}
