using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Extractions;

[Collection(ApiCollection.Name)]
public sealed class ArticleExtractionTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<ArticleExtractionResponse> ExtractAsync(Guid articleId)
    {
        var response = await client.PostAsync($"/api/v1/articles/{articleId}/extraction", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ArticleExtractionResponse>();
    }

    private async Task<List<ClaimResponse>> ClaimsAsync(Guid articleId) =>
        (await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/articles/{articleId}/claims?pageSize=100", Json.Options))!.Items.ToList();

    [Fact]
    public async Task ExtractionSavesEngineClaimsWithThePublisherAtTheHeadOfEachChain()
    {
        var data = new TestData(client);
        var outlet = await data.ActorAsync("Harbour Gazette", ActorKind.Outlet);
        var article = await data.ArticleAsync(outlet.Id, body: "The harbour master said the port will reopen on Monday. \"We are ready,\" she said.");

        var run = await ExtractAsync(article.Id);

        Assert.NotEmpty(run.Claims);
        Assert.All(run.Claims, c => Assert.Equal(ClaimOrigin.Engine, c.Origin));
        Assert.All(run.Claims, c => Assert.Equal(outlet.Id, c.Chain[0].ActorId));
        Assert.Equal(run.Claims.Count, (await ClaimsAsync(article.Id)).Count);
    }

    [Fact]
    public async Task RerunReplacesEngineClaimsButKeepsClaimsPeopleMadeOrEdited()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Rerun Speaker");
        var article = await data.ArticleAsync(body: TestData.Body);
        var manual = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
        var first = await ExtractAsync(article.Id);
        Assert.True(first.Claims.Count >= 2, $"found {first.Claims.Count}");
        var edited = first.Claims[0];
        var patch = await client.PatchAsync($"/api/v1/claims/{edited.Id}",
            new StringContent("""{"topics":["checked"]}""", Encoding.UTF8, "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var second = await ExtractAsync(article.Id);

        Assert.Equal(first.Claims.Count - 1, second.Removed);
        var stored = await ClaimsAsync(article.Id);
        Assert.Contains(stored, c => c.Id == manual.Id && c.Origin == ClaimOrigin.Person);
        Assert.Contains(stored, c => c.Id == edited.Id && c.Origin == ClaimOrigin.Person);
        Assert.DoesNotContain(stored, c => first.Claims.Skip(1).Any(f => f.Id == c.Id));
        Assert.Equal(2 + second.Claims.Count, stored.Count);
    }

    [Fact]
    public async Task ExtractingAMissingArticleIsNotFound()
    {
        var response = await client.PostAsync($"/api/v1/articles/{Guid.CreateVersion7()}/extraction", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
