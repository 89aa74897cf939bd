using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.History;

[Collection(ApiCollection.Name)]
public sealed class HistoryTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task EveryChangeToAClaimIsKeptWithWhoWhenAndWhatChanged()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Historic speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        var patch = await client.PatchAsync($"/api/v1/claims/{claim.Id}", JsonContent.Create(new { cue = "warned" }));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}/history");
        Assert.Equal(2, history.GetArrayLength());
        var (created, updated) = (history[0], history[1]);
        Assert.Equal(1, created.GetProperty("number").GetInt32());
        Assert.Equal("created", created.GetProperty("action").GetString());
        Assert.Equal("bootstrap-admin", created.GetProperty("author").GetString());
        Assert.Equal("the bridge will reopen in May", created.GetProperty("snapshot").GetProperty("content").GetString());

        Assert.Equal("updated", updated.GetProperty("action").GetString());
        var change = Assert.Single(updated.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "cue");
        Assert.Equal("said", change.GetProperty("from").GetString());
        Assert.Equal("warned", change.GetProperty("to").GetString());
        Assert.DoesNotContain(updated.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "content");
        Assert.True(updated.GetProperty("at").GetDateTime() >= created.GetProperty("at").GetDateTime());
    }

    [Fact]
    public async Task ARetractedClaimStaysReadableWithItsReasonAndCannotBeEdited()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Retracted speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        var retraction = await client.PostAsJsonAsync($"/api/v1/claims/{claim.Id}/retraction", new { reason = "Misattributed: it was the deputy." });
        Assert.Equal(HttpStatusCode.OK, retraction.StatusCode);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}");
        Assert.Equal("Misattributed: it was the deputy.", read.GetProperty("retraction").GetProperty("reason").GetString());
        Assert.Equal("the bridge will reopen in May", read.GetProperty("content").GetString());

        var edit = await client.PatchAsync($"/api/v1/claims/{claim.Id}", JsonContent.Create(new { cue = "claimed" }));
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        await edit.ReadProblemAsync();
        var again = await client.PostAsJsonAsync($"/api/v1/claims/{claim.Id}/retraction", new { reason = "twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}/history");
        Assert.Equal(["created", "retracted"], history.EnumerateArray().Select(r => r.GetProperty("action").GetString()));

        var kept = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{article.Id}/claims?retracted=true");
        Assert.Equal(claim.Id, kept.GetProperty("items")[0].GetProperty("id").GetGuid());
        var hidden = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{article.Id}/claims?retracted=false");
        Assert.Equal(0, hidden.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ARetractionNeedsAReason()
    {
        var response = await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/retraction", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task ADeletedActorKeepsItsHistory()
    {
        var actor = await new TestData(client).ActorAsync("Short-lived", aliases: "Brief");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/actors/{actor.Id}")).StatusCode);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actors/{actor.Id}/history");
        Assert.Equal(["created", "deleted"], history.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(actor.Name, history[1].GetProperty("snapshot").GetProperty("name").GetString());
        Assert.Equal(actor.Aliases, history[0].GetProperty("snapshot").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(history[0].GetProperty("snapshot").TryGetProperty("names", out _), "the snapshot is the API's actor, not its name rows");
    }

    [Fact]
    public async Task ClaimHistoryIsInTheShapeAClientWritesNotTheStorageColumns()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Historian");
        var article = await data.ArticleAsync();
        var request = TestData.Claim(article.Id, speaker.Id);
        request.CueSpan = new SpanDto(20, 24);
        var claim = await data.ClaimAsync(request);
        await client.PatchAsync($"/api/v1/claims/{claim.Id}", JsonContent.Create(new { cueSpan = new { start = 21, end = 25 } }));

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}/history");
        var snapshot = history[0].GetProperty("snapshot");
        Assert.Equal(speaker.Id, snapshot.GetProperty("speaker").GetProperty("actorId").GetGuid());
        Assert.Equal(20, snapshot.GetProperty("cueSpan").GetProperty("start").GetInt32());
        Assert.Equal(JsonValueKind.Array, snapshot.GetProperty("reportedBy").ValueKind);
        string[] storage = ["cueStart", "cueEnd", "contentStart", "speakerId", "chain", "subjects", "retractedAt"];
        Assert.All(storage, name => Assert.False(snapshot.TryGetProperty(name, out _), $"snapshot has the storage field {name}"));

        var change = Assert.Single(history[1].GetProperty("changes").EnumerateArray());
        Assert.Equal("cueSpan", change.GetProperty("field").GetString());
        Assert.Equal(21, change.GetProperty("to").GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task AClaimWithoutACueSpanHasNoneInItsHistoryEither()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Spanless speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
        Assert.Null(claim.CueSpan);
        await client.PatchAsync($"/api/v1/claims/{claim.Id}", JsonContent.Create(new { cueSpan = new { start = 0, end = 4 } }));

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}/history");
        var created = history[0].GetProperty("snapshot");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("cueSpan").ValueKind);
        Assert.Equal(claim.ContentSpan!.Start, created.GetProperty("contentSpan").GetProperty("start").GetInt32());
        var change = Assert.Single(history[1].GetProperty("changes").EnumerateArray());
        Assert.Equal("cueSpan", change.GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("from").ValueKind);
        Assert.Equal(4, change.GetProperty("to").GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task ArticleHistoryRecordsAHeadlineChange()
    {
        var article = await new TestData(client).ArticleAsync();
        await client.PatchAsync($"/api/v1/articles/{article.Id}", JsonContent.Create(new { headline = "Corrected headline" }));

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{article.Id}/history");
        var change = Assert.Single(history[1].GetProperty("changes").EnumerateArray());
        Assert.Equal("headline", change.GetProperty("field").GetString());
        Assert.Equal("Corrected headline", change.GetProperty("to").GetString());
    }

    [Fact]
    public async Task HistoryOfSomethingThatNeverExistedIs404()
    {
        var response = await client.GetAsync($"/api/v1/claims/{Guid.NewGuid()}/history");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
