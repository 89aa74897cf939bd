using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Tests.Actors;

[Collection(ApiCollection.Name)]
public sealed class ActorsTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task CreatingActorReturnsCreatedWithLocationAndETag()
    {
        var data = new TestData(client);
        var response = await client.PostAsJsonAsync("/api/v1/actors",
            new ActorRequest { Name = $"Maria Zakharova {data.Tag}", Kind = ActorKind.Person, Aliases = [$"Zakharova {data.Tag}"],
                Roles = [new ActorRoleDto("Foreign ministry spokesperson", new DateOnly(2015, 8, 10))] }, Json.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var actor = await response.ReadAsync<ActorResponse>();
        Assert.Equal($"/api/v1/actors/{actor.Id}", response.Headers.Location!.AbsolutePath);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(7, actor.Id.Version);
        Assert.Equal([$"Zakharova {data.Tag}"], actor.Aliases);
        Assert.Equal("Foreign ministry spokesperson", Assert.Single(actor.Roles).Title);

        var fetched = await client.GetFromJsonAsync<ActorResponse>(response.Headers.Location, Json.Options);
        Assert.Equal(actor.Name, fetched!.Name);
    }

    [Fact]
    public async Task ResolvingAnAliasInAnyCaseFindsTheActor()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Volodymyr Testenko", ActorKind.Person, "Testenkyy");

        var page = await client.GetFromJsonAsync<Page<ActorResponse>>($"/api/v1/actors?name=TESTENKYY%20{data.Tag}", Json.Options);

        Assert.Equal(actor.Id, Assert.Single(page!.Items).Id);
    }

    [Fact]
    public async Task CreatingActorWhoseAliasIsTakenReturnsConflictWithExistingLocation()
    {
        var data = new TestData(client);
        var existing = await data.ActorAsync("Dmitri Testov", ActorKind.Person, "Testov");

        var response = await client.PostAsJsonAsync("/api/v1/actors",
            new ActorRequest { Name = $"testov {data.Tag}", Kind = ActorKind.Person }, Json.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"/api/v1/actors/{existing.Id}", response.Headers.Location!.OriginalString);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task CreatingActorWithoutNameListsTheFieldError()
    {
        var response = await client.PostAsJsonAsync("/api/v1/actors", new { name = "  ", kind = "person", wikidataId = "X1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("name", problem.ErrorFields());
        Assert.Contains("wikidataId", problem.ErrorFields());
    }

    [Fact]
    public async Task CreatingActorWithUnknownKindIsBadRequest()
    {
        var response = await client.PostAsJsonAsync("/api/v1/actors", new { name = "Someone", kind = "wizard" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task PostingTextInsteadOfJsonIsUnsupportedMediaType()
    {
        var response = await client.PostAsync("/api/v1/actors", new StringContent("name=Putin", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task GettingMissingActorIsNotFoundProblem()
    {
        var response = await client.GetAsync($"/api/v1/actors/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task ReplacingWithStaleETagIsPreconditionFailed()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Anna Stale");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actors/{actor.Id}")
        {
            Content = JsonContent.Create(new ActorRequest { Name = actor.Name, Kind = ActorKind.Organisation }, options: Json.Options),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0000\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await response.ReadProblemAsync();
        var unchanged = await client.GetFromJsonAsync<ActorResponse>($"/api/v1/actors/{actor.Id}", Json.Options);
        Assert.Equal(ActorKind.Person, unchanged!.Kind);
    }

    [Fact]
    public async Task ReplacingWithCurrentETagSucceedsAndChangesTheETag()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Boris Current");
        var read = await client.GetAsync($"/api/v1/actors/{actor.Id}");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actors/{actor.Id}")
        {
            Content = JsonContent.Create(new ActorRequest { Name = actor.Name, Kind = ActorKind.Person, Aliases = [$"B. Current {data.Tag}"] }, options: Json.Options),
        };
        request.Headers.IfMatch.Add(read.Headers.ETag!);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(read.Headers.ETag, response.Headers.ETag);
        Assert.Equal([$"B. Current {data.Tag}"], (await response.ReadAsync<ActorResponse>()).Aliases);
    }

    [Fact]
    public async Task PatchingChangesOnlyTheGivenFields()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Clara Patch", ActorKind.Person, "C. Patch");

        var response = await client.PatchAsync($"/api/v1/actors/{actor.Id}",
            new StringContent("""{"description":"Spokesperson.","wikidataId":"Q42"}""", Encoding.UTF8, "application/merge-patch+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patched = await response.ReadAsync<ActorResponse>();
        Assert.Equal("Spokesperson.", patched.Description);
        Assert.Equal("Q42", patched.WikidataId);
        Assert.Equal(actor.Aliases, patched.Aliases);
    }

    [Fact]
    public async Task PatchingWithAnUnknownFieldIsBadRequest()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Dora Typo");

        var response = await client.PatchAsync($"/api/v1/actors/{actor.Id}",
            new StringContent("""{"descripton":"typo"}""", Encoding.UTF8, "application/merge-patch+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task DeletingActorThatClaimsUseIsConflict()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Eve Speaker");
        var article = await data.ArticleAsync();
        await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        var response = await client.DeleteAsync($"/api/v1/actors/{speaker.Id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await response.ReadProblemAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/actors/{speaker.Id}")).StatusCode);
    }

    [Fact]
    public async Task DeletingUnusedActorRemovesItAndFreesItsNames()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Fred Unused", ActorKind.Person, "Unused");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/actors/{actor.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/actors/{actor.Id}")).StatusCode);
        await data.PostAsync<ActorResponse>("/api/v1/actors", new ActorRequest { Name = $"Unused {data.Tag}", Kind = ActorKind.Person });
    }

    [Fact]
    public async Task ListingActorsByKindPagesThroughEveryMatch()
    {
        var data = new TestData(client);
        for (var i = 0; i < 5; i++)
        {
            await data.ActorAsync($"Outlet {i}", ActorKind.Outlet);
        }

        var names = new List<string>();
        string? next = $"/api/v1/actors?kind=outlet&q={data.Tag}&pageSize=2";
        while (next is not null)
        {
            var page = await client.GetFromJsonAsync<Page<ActorResponse>>(next, Json.Options);
            Assert.True(page!.Items.Count <= 2);
            names.AddRange(page.Items.Select(a => a.Name));
            next = page.Next;
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"Outlet {i} {data.Tag}"), names);
    }
}
