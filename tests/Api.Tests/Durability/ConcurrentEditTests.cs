using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Durability;

[Collection(ApiCollection.Name)]
public sealed class ConcurrentEditTests(ApiFactory factory)
{
    [Fact]
    public async Task TwoEditorsRacingOnOneClaimCannotBothWin()
    {
        var admin = factory.CreateClient();
        var data = new TestData(admin);
        var speaker = await data.ActorAsync("Raced speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
        var editor = await factory.Keys.ClientAsync(ApiKeyRole.Editor);

        var etag = (await admin.GetAsync($"/api/v1/claims/{claim.Id}")).Headers.ETag!;
        HttpRequestMessage Edit(string cue)
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/claims/{claim.Id}") { Content = JsonContent.Create(new { cue }) };
            request.Headers.IfMatch.Add(etag);
            return request;
        }

        var results = await Task.WhenAll(admin.SendAsync(Edit("warned")), editor.SendAsync(Edit("insisted")));
        var statuses = results.Select(r => r.StatusCode).OrderBy(s => s).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], statuses);
        await results.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ReadProblemAsync();

        var history = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/claims/{claim.Id}/history");
        Assert.Equal(2, history.GetArrayLength());
    }
}
