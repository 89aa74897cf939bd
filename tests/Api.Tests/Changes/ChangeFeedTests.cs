using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Tests.Changes;

[Collection(ApiCollection.Name)]
public sealed class ChangeFeedTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task EveryCreateUpdateRetractionAndDeletionArrivesInCommitOrderWithTheResource()
    {
        var token = await Feed.LatestTokenAsync(client);
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Feed speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));
        var other = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "the bridge will reopen"));
        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/api/v1/claims/{claim.Id}", JsonContent.Create(new { cue = "warned" }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/claims/{other.Id}/retraction", new { reason = "misquoted" })).StatusCode);
        var relation = await data.PostAsync<RelationResponse>($"/api/v1/claims/{claim.Id}/relations", new RelationRequest { ToClaimId = other.Id, Kind = RelationKind.Supports });
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/articles/{article.Id}")).StatusCode);

        // The matching worker's statements (its own changes, after these writes commit) are left out here.
        var (changes, _) = await Feed.AllAfterAsync(client, token, "&type=actor&type=article&type=claim&type=relation");

        var expected = new List<(ChangeResourceType, Guid, RevisionAction, int)>
        {
            (ChangeResourceType.Actor, speaker.Id, RevisionAction.Created, 1),
            (ChangeResourceType.Article, article.Id, RevisionAction.Created, 1),
            (ChangeResourceType.Claim, claim.Id, RevisionAction.Created, 1),
            (ChangeResourceType.Claim, other.Id, RevisionAction.Created, 1),
            (ChangeResourceType.Claim, claim.Id, RevisionAction.Updated, 2),
            (ChangeResourceType.Claim, other.Id, RevisionAction.Retracted, 2),
            (ChangeResourceType.Relation, relation.Id, RevisionAction.Created, 1),
        };
        Assert.Equal(expected, changes.Take(7).Select(c => (c.ResourceType, c.ResourceId, c.Action, c.Revision)));

        // Deleting the article deletes its claims and their relation in the same transaction: each deletion is a change.
        var deletion = changes.Skip(7).ToList();
        Assert.Equal(4, deletion.Count);
        Assert.All(deletion, c => Assert.Equal(RevisionAction.Deleted, c.Action));
        Assert.Equal(
            new HashSet<(ChangeResourceType, Guid)> { (ChangeResourceType.Article, article.Id), (ChangeResourceType.Claim, claim.Id), (ChangeResourceType.Claim, other.Id), (ChangeResourceType.Relation, relation.Id) },
            deletion.Select(c => (c.ResourceType, c.ResourceId)).ToHashSet());

        Assert.Equal(changes.Select(c => c.Sequence).Order(), changes.Select(c => c.Sequence));
        Assert.Equal(changes.Count, changes.Select(c => c.Sequence).Distinct().Count());
        Assert.All(changes, c => Assert.Equal("bootstrap-admin", c.Author));
        Assert.All(changes, c => Assert.Equal($"{c.ResourceType.ToString().ToLowerInvariant()}.{c.Action.ToString().ToLowerInvariant()}", c.Type));
        Assert.All(changes, c => Assert.Equal(c.ResourceId, c.Resource.GetProperty("id").GetGuid()));

        // The resource as each change left it; a deletion carries the last state.
        Assert.Equal("said", changes[2].Resource.GetProperty("cue").GetString());
        Assert.Equal("warned", changes[4].Resource.GetProperty("cue").GetString());
        Assert.Equal("misquoted", changes[5].Resource.GetProperty("retractionReason").GetString());
        Assert.Equal("supports", changes[6].Resource.GetProperty("kind").GetString());
        var deletedClaim = deletion.Single(c => c.ResourceId == claim.Id);
        Assert.Equal("the bridge will reopen in May", deletedClaim.Resource.GetProperty("content").GetString());
        Assert.Equal("warned", deletedClaim.Resource.GetProperty("cue").GetString());
        Assert.Equal(article.Headline, deletion.Single(c => c.ResourceId == article.Id).Resource.GetProperty("headline").GetString());

        // The claim's history agrees: the feed is built from the same revisions.
        var history = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/claims/{claim.Id}/history");
        Assert.Equal(3, history.GetArrayLength());
        Assert.Equal(3, deletedClaim.Revision);
        Assert.Equal("deleted", history[2].GetProperty("action").GetString());
    }

    [Fact]
    public async Task AConsumerResumingFromAnyTokenGetsEveryLaterChangeExactlyOnceInOrder()
    {
        // Earlier tests' claims may still be grouped into statements meanwhile: those changes would land among these.
        await factory.MatchingSettledAsync();
        var token = await Feed.LatestTokenAsync(client);
        var data = new TestData(client);
        for (var i = 0; i < 7; i++)
        {
            await data.ActorAsync($"Resumed {i}");
        }

        var (all, _) = await Feed.AllAfterAsync(client, token);
        Assert.Equal(7, all.Count);

        // One at a time, as a consumer that crashes after every change and restarts from the token it stored.
        var (oneByOne, _) = await Feed.AllAfterAsync(client, token, pageSize: 1);
        Assert.Equal(all.Select(c => c.Id), oneByOne.Select(c => c.Id));

        // From any change's token: exactly the changes after it.
        for (var i = 0; i < all.Count; i++)
        {
            var (rest, _) = await Feed.AllAfterAsync(client, all[i].Token);
            Assert.Equal(all.Skip(i + 1).Select(c => c.Id), rest.Select(c => c.Id));
        }
    }

    [Fact]
    public async Task FiltersFollowOneSpeakerOneArticleOrSomeKindsOfChange()
    {
        var token = await Feed.LatestTokenAsync(client);
        var data = new TestData(client);
        var putin = await data.ActorAsync("Filtered speaker");
        var someoneElse = await data.ActorAsync("Unfiltered speaker");
        var article = await data.ArticleAsync();
        var elsewhere = await data.ArticleAsync();
        var his = await data.ClaimAsync(TestData.Claim(article.Id, putin.Id));
        var hisElsewhere = await data.ClaimAsync(TestData.Claim(elsewhere.Id, putin.Id));
        var theirs = await data.ClaimAsync(TestData.Claim(article.Id, someoneElse.Id));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/claims/{his.Id}/retraction", new { reason = "wrong speaker" })).StatusCode);

        var (bySpeaker, _) = await Feed.AllAfterAsync(client, token, $"&speaker={putin.Id}");
        Assert.Equal([(his.Id, RevisionAction.Created), (hisElsewhere.Id, RevisionAction.Created), (his.Id, RevisionAction.Retracted)],
            bySpeaker.Select(c => (c.ResourceId, c.Action)));

        var (byArticle, _) = await Feed.AllAfterAsync(client, token, $"&article={article.Id}");
        Assert.Equal([his.Id, theirs.Id, his.Id], byArticle.Select(c => c.ResourceId));

        var (retractions, _) = await Feed.AllAfterAsync(client, token, "&type=claim&action=retracted");
        Assert.Equal(his.Id, Assert.Single(retractions).ResourceId);

        var (actorsAndArticles, _) = await Feed.AllAfterAsync(client, token, "&type=actor&type=article");
        Assert.Equal([putin.Id, someoneElse.Id, article.Id, elsewhere.Id], actorsAndArticles.Select(c => c.ResourceId));
    }

    [Fact]
    public async Task AFactCheckReviewIsAChangeLikeAnyOther()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Reviewed speaker");
        var claim = await data.ClaimAsync(TestData.Claim((await data.ArticleAsync()).Id, speaker.Id));
        var reviewer = await data.ActorAsync("Feed fact-checker", NewsroomClaims.Domain.Actors.ActorKind.Organisation);
        var token = await Feed.LatestTokenAsync(client);

        var review = await data.PostAsync<System.Text.Json.JsonElement>($"/api/v1/claims/{claim.Id}/reviews", new { reviewerId = reviewer.Id, rating = new { alternateName = "False" } });

        var (changes, _) = await Feed.AllAfterAsync(client, token, "&type=review");
        var change = Assert.Single(changes);
        Assert.Equal((ChangeResourceType.Review, RevisionAction.Created, "review.created"), (change.ResourceType, change.Action, change.Type));
        Assert.Equal(review.GetProperty("id").GetGuid(), change.ResourceId);
    }

    [Fact]
    public async Task AStatementFormedByTheMatchingWorkerIsAChangeLikeAnyOther()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Feed statement speaker");
        var token = await Feed.LatestTokenAsync(client);

        var claim = await data.ClaimAsync(TestData.Claim((await data.ArticleAsync()).Id, speaker.Id, "the harbour will reopen to grain ships in spring"));
        await factory.MatchingSettledAsync();

        var statementId = (await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{claim.Id}", Json.Options))!.StatementId;
        Assert.NotNull(statementId);
        var (statements, _) = await Feed.AllAfterAsync(client, token, "&type=statement");
        var created = Assert.Single(statements, c => c.ResourceId == statementId && c.Action == RevisionAction.Created);
        Assert.Equal((ChangeResourceType.Statement, "statement.created"), (created.ResourceType, created.Type));
        // Unfiltered, every change since the token reads too: no stored resource type is unknown to the feed.
        var (all, _) = await Feed.AllAfterAsync(client, token);
        Assert.Contains(all, c => c.ResourceId == statementId);
        Assert.Contains(all, c => c.ResourceId == claim.Id);
    }

    [Fact]
    public async Task AFilteredReadMovesPastChangesItLeavesOut()
    {
        var data = new TestData(client);
        await data.ActorAsync("Before");
        var token = await Feed.LatestTokenAsync(client);
        await data.ActorAsync("Not a claim");

        var page = await Feed.PageAsync(client, $"after={token}&type=claim");

        Assert.Empty(page.Changes);
        Assert.False(page.HasMore);
        Assert.Equal(page.LatestToken, page.NextToken);
        Assert.NotEqual(token, page.NextToken);
        Assert.Contains($"after={page.NextToken}", page.Next, StringComparison.Ordinal);
        Assert.Contains("type=claim", page.Next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongPollAnswersAsSoonAsAChangeCommits()
    {
        var token = await Feed.LatestTokenAsync(client);
        var data = new TestData(client);
        var watch = Stopwatch.StartNew();
        var poll = Feed.PageAsync(client, $"after={token}&wait=20&type=actor");
        await Task.Delay(500);
        Assert.False(poll.IsCompleted);
        var actor = await data.ActorAsync("Long-polled");

        var page = await poll;

        Assert.Equal(actor.Id, Assert.Single(page.Changes).ResourceId);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the long poll took {watch.Elapsed}");
    }

    [Fact]
    public async Task ALongPollWithNothingToReportAnswersEmptyWhenItsWaitEnds()
    {
        var token = await Feed.LatestTokenAsync(client);
        var watch = Stopwatch.StartNew();

        var page = await Feed.PageAsync(client, $"after={token}&wait=1&speaker={Guid.NewGuid()}");

        Assert.Empty(page.Changes);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData("after=not-a-token", "after")]
    [InlineData("wait=31", "wait")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("type=podcast", "type")]
    [InlineData("action=published", "action")]
    public async Task BadParametersAnswer400NamingThem(string query, string field)
    {
        var response = await client.GetAsync($"/api/v1/changes?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains(problem.ErrorFields(), f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ATokenAheadOfTheFeedIsRefused()
    {
        var response = await client.GetAsync($"/api/v1/changes?after={ChangeToken.Encode(long.MaxValue / 2)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ahead", (await response.ReadProblemAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
