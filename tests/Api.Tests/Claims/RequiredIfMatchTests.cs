using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Claims;

public sealed class RequiredIfMatchFactory : ApiFactory
{
    protected override void Configure(IDictionary<string, string?> settings) => settings["Concurrency:RequireIfMatch"] = "true";
}

public sealed class RequiredIfMatchTests(RequiredIfMatchFactory factory) : IClassFixture<RequiredIfMatchFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static HttpRequestMessage Patch(Guid id, string content, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/claims/{id}")
        {
            Content = new StringContent($$"""{"content":"{{content}}"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return request;
    }

    [Fact]
    public async Task AnEditWithoutIfMatchIsRefusedWith428AndChangesNothing()
    {
        var data = new TestData(client);
        var article = await data.ArticleAsync();
        var speaker = await data.ActorAsync("Careful Speaker");
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "the original wording"));

        var refused = await client.SendAsync(Patch(claim.Id, "an edit made blind", etag: null));
        var deleteRefused = await client.DeleteAsync($"/api/v1/claims/{claim.Id}");

        Assert.Equal(HttpStatusCode.PreconditionRequired, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.PreconditionRequired, deleteRefused.StatusCode);
        var current = await client.GetAsync($"/api/v1/claims/{claim.Id}");
        Assert.Equal("the original wording", (await current.Content.ReadFromJsonAsync<ClaimResponse>(Json.Options))!.Content);

        var accepted = await client.SendAsync(Patch(claim.Id, "an edit made knowingly", current.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
