using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Api.Statements;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Tests.Matching;

/// <summary>Claims by one speaker that say the same thing form a statement; editors correct the grouping.</summary>
[Collection(ApiCollection.Name)]
public sealed class StatementTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private sealed record Story(ActorResponse Speaker, ActorResponse Wire, ActorResponse Daily, ClaimResponse Later, ClaimResponse Earlier, ClaimResponse Other);

    /// <summary>The same demand in two outlets a day apart (the later one stored first), and something else the speaker said.</summary>
    private async Task<Story> StoryAsync()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Statement speaker");
        var wire = await data.ActorAsync("Statement wire", ActorKind.Outlet);
        var daily = await data.ActorAsync("Statement daily", ActorKind.Outlet);
        var later = await ClaimMatchingTests.ClaimAsync(data, speaker, wire, new DateTime(2025, 4, 2, 9, 0, 0, DateTimeKind.Utc),
            "any peace agreement must include official recognition of the four regions that Russia claimed in 2022");
        var earlier = await ClaimMatchingTests.ClaimAsync(data, speaker, daily, new DateTime(2025, 4, 1, 9, 0, 0, DateTimeKind.Utc),
            "any peace deal must include the official recognition of the four regions Russia claimed in 2022");
        var other = await ClaimMatchingTests.ClaimAsync(data, speaker, daily, new DateTime(2025, 4, 3, 9, 0, 0, DateTimeKind.Utc),
            "the grain corridor through the Black Sea will stay open all winter");
        await factory.MatchingSettledAsync();
        return new Story(speaker, wire, daily, later, earlier, other);
    }

    [Fact]
    public async Task TheSameDemandInTwoOutletsIsOneStatementFirstAppearingInTheEarlierOne()
    {
        var story = await StoryAsync();

        var later = await GetClaimAsync(story.Later.Id);
        var earlier = await GetClaimAsync(story.Earlier.Id);
        var other = await GetClaimAsync(story.Other.Id);
        var appearances = await client.GetFromJsonAsync<Page<ClaimAppearance>>($"/api/v1/claims/{story.Later.Id}/appearances", Json.Options);
        var statement = await client.GetFromJsonAsync<StatementResponse>($"/api/v1/statements/{later.StatementId}", Json.Options);

        Assert.NotNull(later.StatementId);
        Assert.Equal(later.StatementId, earlier.StatementId);
        Assert.NotEqual(later.StatementId, other.StatementId);
        Assert.NotNull(other.StatementId);
        var first = new AppearanceRef(story.Earlier.Id, story.Earlier.ArticleId, new DateOnly(2025, 4, 1));
        Assert.Equal(first, later.FirstAppearance);
        Assert.Equal(first, earlier.FirstAppearance);
        Assert.Equal([story.Earlier.Id, story.Later.Id], appearances!.Items.Select(a => a.ClaimId));
        Assert.Equal([story.Daily.Name, story.Wire.Name], appearances.Items.Select(a => a.Publisher?.Name));
        Assert.Equal(story.Speaker.Name, appearances.Items[0].Chain[^1].ActorName);
        Assert.Equal(2, statement!.Appearances);
        Assert.Equal(first, statement.FirstAppearance);
        Assert.Equal(story.Speaker.Name, statement.Speaker.Name);
        Assert.False(statement.Corrected);
    }

    [Fact]
    public async Task TheJsonLdExportCarriesFirstAppearanceAndEveryAppearance()
    {
        var story = await StoryAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/claims/{story.Later.Id}");
        request.Headers.Accept.ParseAdd("application/ld+json");

        var doc = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.EndsWith($"/api/v1/articles/{story.Earlier.ArticleId}", doc.GetProperty("firstAppearance").GetProperty("@id").GetString());
        Assert.Equal(story.Daily.Name, doc.GetProperty("firstAppearance").GetProperty("publisher").GetProperty("name").GetString());
        var appearances = doc.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("@id").GetString()!).ToList();
        Assert.Equal(2, appearances.Count);
        Assert.EndsWith($"/api/v1/articles/{story.Earlier.ArticleId}", appearances[0]);
        Assert.EndsWith($"/api/v1/articles/{story.Later.ArticleId}", appearances[1]);
    }

    [Fact]
    public async Task AnEditorsSplitAndMergeAreKeptInHistoryAndSurviveRecomputation()
    {
        var story = await StoryAsync();
        var demand = (await GetClaimAsync(story.Later.Id)).StatementId!.Value;
        var otherStatement = (await GetClaimAsync(story.Other.Id)).StatementId!.Value;

        var split = await client.PostAsJsonAsync($"/api/v1/statements/{demand}/split", new { claims = new[] { story.Earlier.Id }, reason = "two different briefings" });
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var splitOff = await split.ReadAsync<StatementResponse>();
        Assert.Equal($"/api/v1/statements/{splitOff.Id}", split.Headers.Location!.AbsolutePath);
        Assert.True(splitOff.Corrected);
        var merged = await client.PostAsJsonAsync($"/api/v1/statements/{demand}/merge", new { statement = otherStatement, reason = "same interview" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        // Recomputation: both moved claims are edited (re-embedded and regrouped) and stay where the editor put them.
        await PatchContentAsync(story.Earlier.Id, "any peace deal must include official recognition of the four regions Russia claimed in 2022");
        await PatchContentAsync(story.Other.Id, "the grain corridor through the Black Sea is to stay open all winter");
        await factory.MatchingSettledAsync();

        Assert.Equal(splitOff.Id, (await GetClaimAsync(story.Earlier.Id)).StatementId);
        Assert.Equal(demand, (await GetClaimAsync(story.Other.Id)).StatementId);
        Assert.Equal(demand, (await GetClaimAsync(story.Later.Id)).StatementId);
        Assert.Equal(story.Later.Id, (await GetClaimAsync(story.Later.Id)).FirstAppearance?.ClaimId);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/statements/{otherStatement}")).StatusCode);

        var history = await client.GetFromJsonAsync<List<StatementRevision>>($"/api/v1/statements/{demand}/history", Json.Options);
        Assert.Equal("system", history![0].Author);
        Assert.Contains(history, r => r.Action == RevisionAction.Updated && r.Correction!.Contains("Split into statement", StringComparison.Ordinal)
            && r.Correction.Contains("two different briefings", StringComparison.Ordinal) && r.Author != "system");
        Assert.Contains(history, r => r.Correction?.Contains($"Merged statement {otherStatement}", StringComparison.Ordinal) == true);
        var gone = await client.GetFromJsonAsync<List<StatementRevision>>($"/api/v1/statements/{otherStatement}/history", Json.Options);
        Assert.Equal(RevisionAction.Deleted, gone![^1].Action);
    }

    [Fact]
    public async Task ARetractedOrDeletedAppearanceLeavesItsStatementAndTheNextBecomesFirst()
    {
        var story = await StoryAsync();
        var statement = (await GetClaimAsync(story.Later.Id)).StatementId;

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{story.Earlier.Id}")).StatusCode);
        await factory.MatchingSettledAsync();
        var later = await GetClaimAsync(story.Later.Id);
        Assert.Equal(statement, later.StatementId);
        Assert.Equal(story.Later.Id, later.FirstAppearance?.ClaimId);

        var retraction = await client.PostAsJsonAsync($"/api/v1/claims/{story.Later.Id}/retraction", new { reason = "misattributed" });
        Assert.Equal(HttpStatusCode.OK, retraction.StatusCode);
        await factory.MatchingSettledAsync();
        var retracted = await GetClaimAsync(story.Later.Id);
        Assert.Null(retracted.StatementId);
        Assert.Null(retracted.FirstAppearance);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/statements/{statement}")).StatusCode);
        var appearances = await client.GetFromJsonAsync<Page<ClaimAppearance>>($"/api/v1/claims/{story.Later.Id}/appearances", Json.Options);
        Assert.Equal([story.Later.Id], appearances!.Items.Select(a => a.ClaimId));
    }

    [Fact]
    public async Task CorrectionsThatBreakTheRulesAreRefusedAndChangeNothing()
    {
        var story = await StoryAsync();
        var data = new TestData(client);
        var stranger = await data.ActorAsync("Another speaker");
        var strangers = await ClaimMatchingTests.ClaimAsync(data, stranger, story.Wire, new DateTime(2025, 4, 5, 0, 0, 0, DateTimeKind.Utc), "the harbour will be dredged next year");
        await factory.MatchingSettledAsync();
        var demand = (await GetClaimAsync(story.Later.Id)).StatementId!.Value;
        var other = (await GetClaimAsync(story.Other.Id)).StatementId!.Value;
        var foreign = (await GetClaimAsync(strangers.Id)).StatementId!.Value;
        var before = await client.GetAsync($"/api/v1/statements/{demand}");

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/statements/{demand}/merge", new { statement = foreign })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/statements/{demand}/merge", new { statement = demand })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/statements/{demand}/merge", new { statement = Guid.CreateVersion7() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/statements/{demand}/split", new { claims = new[] { story.Later.Id, story.Earlier.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/statements/{demand}/split", new { claims = new[] { story.Other.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/statements/{demand}/split", new { claims = Array.Empty<Guid>() })).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/statements/{demand}/merge") { Content = JsonContent.Create(new { statement = other }) };
        stale.Headers.IfMatch.ParseAdd("\"00000000000000000000000000000000\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);
        using var reader = await factory.Keys.ClientAsync(ApiKeyRole.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/v1/statements/{demand}/merge", new { statement = other })).StatusCode);

        var after = await client.GetAsync($"/api/v1/statements/{demand}");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(2, (await after.ReadAsync<StatementResponse>()).Appearances);
    }

    private async Task<ClaimResponse> GetClaimAsync(Guid id) => (await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{id}", Json.Options))!;

    private async Task PatchContentAsync(Guid id, string content)
    {
        var response = await client.PatchAsync($"/api/v1/claims/{id}", JsonContent.Create(new { content }, new System.Net.Http.Headers.MediaTypeHeaderValue("application/merge-patch+json")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
