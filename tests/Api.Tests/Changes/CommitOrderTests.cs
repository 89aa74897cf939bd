using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Tests.Changes;

/// <summary>The feed's order is commit order, also when transactions overlap, and a reader following it never misses one.</summary>
[Collection(ApiCollection.Name)]
public sealed class CommitOrderTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ATransactionThatBeganFirstButCommitsLastComesLast()
    {
        var token = await Feed.LatestTokenAsync(client);
        var committed = new ConcurrentQueue<Guid>();
        var tag = Guid.NewGuid().ToString("N")[..8];

        await using var firstScope = factory.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var early = new Actor($"Began first {tag}", ActorKind.Person);
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Actors.Add(early);
        await first.SaveChangesAsync();

        // A second writer starts after the first wrote its revision. On PostgreSQL it commits while the first is still
        // open; SQLite lets one writer in at a time, so there it waits for the first to commit.
        var late = new Actor($"Began second {tag}", ActorKind.Person);
        var second = Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var other = await db.Database.BeginTransactionAsync();
            db.Actors.Add(late);
            await db.SaveChangesAsync();
            await other.CommitAsync();
            committed.Enqueue(late.Id);
        });
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(2)));
        await transaction.CommitAsync();
        committed.Enqueue(early.Id);
        await second;

        var (changes, _) = await Feed.AllAfterAsync(client, token, "&type=actor");
        Assert.Equal(committed, changes.Select(c => c.ResourceId));
        if (factory.Provider == "Postgres")
        {
            // The transactions did overlap: the one that began (and wrote its revision) first committed last.
            Assert.Equal([late.Id, early.Id], committed);
        }
    }

    [Fact]
    public async Task ConcurrentWritersNeverSlipBehindAReaderFollowingTheFeed()
    {
        var token = await Feed.LatestTokenAsync(client);
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Concurrent speaker");
        var writes = new ConcurrentBag<Write>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(6));

        // Long transactions (an article with 5 claims) overlap short ones (an actor) on PostgreSQL.
        async Task Writer(int worker)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var sent = clock.Elapsed;
                if (worker % 2 == 0)
                {
                    var import = ArticleImportTests.Import($"order-{data.Tag}-{worker}-{i}", speaker.Id, 5);
                    var response = await client.PostAsJsonAsync("/api/v1/articles/import", import, Json.Options);
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    var article = await response.ReadAsync<System.Text.Json.JsonElement>();
                    writes.Add(new Write(sent, clock.Elapsed, article.GetProperty("article").GetProperty("id").GetGuid(), 6));
                }
                else
                {
                    var actor = await data.ActorAsync($"Concurrent {worker}-{i}");
                    writes.Add(new Write(sent, clock.Elapsed, actor.Id, 1));
                }
            }
        }

        // A consumer that follows the feed while the writers run, from the token it last got.
        var followed = new List<ChangeResponse>();
        var writers = Task.WhenAll(Enumerable.Range(0, 12).Select(Writer));
        var reader = Task.Run(async () =>
        {
            var position = token;
            while (true)
            {
                var done = writers.IsCompleted;
                var page = await Feed.PageAsync(client, $"after={position}&pageSize=50&wait=1");
                followed.AddRange(page.Changes.Where(NotAStatement));
                position = page.NextToken;
                if (done && !page.HasMore && page.Changes.Count == 0)
                {
                    return;
                }
            }
        });
        await writers;
        await reader;

        // The matching worker groups the imported claims into statements as they commit, after the writes: left out.
        var all = (await Feed.AllAfterAsync(client, token)).Changes.Where(NotAStatement).ToList();
        Assert.Equal(all.Select(c => c.Id), followed.Select(c => c.Id));
        Assert.Equal(all.Count, all.Select(c => c.Sequence).Distinct().Count());

        // Every acknowledged write is there, whole, once; and a write acknowledged before another was sent comes first.
        var byWrite = writes.ToDictionary(w => w.Id, w => all.Where(c => c.ResourceId == w.Id || (c.ResourceType == ChangeResourceType.Claim && c.Resource.GetProperty("articleId").GetGuid() == w.Id)).ToList());
        Assert.All(writes, w => Assert.Equal(w.Changes, byWrite[w.Id].Count));
        var ordered = writes.OrderBy(w => w.Acknowledged).ToList();
        var violations = 0;
        foreach (var earlier in ordered)
        {
            foreach (var later in ordered.Where(w => w.Sent > earlier.Acknowledged))
            {
                violations += byWrite[earlier.Id].Max(c => c.Sequence) < byWrite[later.Id].Min(c => c.Sequence) ? 0 : 1;
            }
        }

        Figures.Record($"change feed commit order ({factory.Provider}): {writes.Count} writes by 12 writers in 6 s ({all.Count} changes), " +
                       $"a reader following the feed saw {followed.Count}, {violations} out of commit order");
        Assert.True(writes.Count > 20, $"only {writes.Count} writes");
        Assert.Equal(0, violations);
    }

    private sealed record Write(TimeSpan Sent, TimeSpan Acknowledged, Guid Id, int Changes);

    private static bool NotAStatement(ChangeResponse change) => change.ResourceType != ChangeResourceType.Statement;
}
