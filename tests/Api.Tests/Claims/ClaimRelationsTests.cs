using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Claims;

[Collection(ApiCollection.Name)]
public sealed class ClaimRelationsTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(ClaimResponse A, ClaimResponse B)> TwoClaimsAsync()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Relation Speaker");
        var article = await data.ArticleAsync();
        return (await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "one")), await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "two")));
    }

    [Fact]
    public async Task ContradictionIsListedFromBothClaims()
    {
        var (a, b) = await TwoClaimsAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{a.Id}/relations",
            new RelationRequest { ToClaimId = b.Id, Kind = RelationKind.Contradicts, Note = "cannot both hold" }, Json.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var fromA = Assert.Single((await client.GetFromJsonAsync<List<RelationResponse>>($"/api/v1/claims/{a.Id}/relations", Json.Options))!);
        var fromB = Assert.Single((await client.GetFromJsonAsync<List<RelationResponse>>($"/api/v1/claims/{b.Id}/relations", Json.Options))!);
        Assert.Equal((RelationKind.Contradicts, RelationDirection.Outgoing), (fromA.Kind, fromA.Direction));
        Assert.Equal(RelationDirection.Incoming, fromB.Direction);
        Assert.Equal(fromA.Id, fromB.Id);
    }

    [Fact]
    public async Task RelatingClaimToItselfIsBadRequest()
    {
        var (a, _) = await TwoClaimsAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{a.Id}/relations", new RelationRequest { ToClaimId = a.Id, Kind = RelationKind.Supports }, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("toClaimId", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task RepeatingTheSameRelationIsConflict()
    {
        var (a, b) = await TwoClaimsAsync();
        var request = new RelationRequest { ToClaimId = b.Id, Kind = RelationKind.Repeats };
        await client.PostAsJsonAsync($"/api/v1/claims/{a.Id}/relations", request, Json.Options);

        var response = await client.PostAsJsonAsync($"/api/v1/claims/{a.Id}/relations", request, Json.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task RelationToMissingClaimIsBadRequestAndDeletingRemovesIt()
    {
        var (a, b) = await TwoClaimsAsync();
        var missing = await client.PostAsJsonAsync($"/api/v1/claims/{a.Id}/relations", new RelationRequest { ToClaimId = Guid.CreateVersion7() }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        var created = await (await client.PostAsJsonAsync($"/api/v1/claims/{a.Id}/relations", new RelationRequest { ToClaimId = b.Id, Kind = RelationKind.RespondsTo }, Json.Options))
            .ReadAsync<RelationResponse>();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{b.Id}/relations/{created.Id}")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<List<RelationResponse>>($"/api/v1/claims/{a.Id}/relations", Json.Options))!);
    }
}
