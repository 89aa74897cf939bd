using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Changes;

public sealed class RetentionFactory : ApiFactory
{
    public ShiftedTime Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

public sealed class RetentionTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    [Fact]
    public async Task ATokenOlderThanTheRetentionAnswers410SayingWhereToStartAgain()
    {
        var client = factory.CreateClient();
        var data = new TestData(client);
        // The sample claims are grouped into statements after start-up; those changes would come after the tokens taken here.
        await factory.MatchingSettledAsync();
        var old = await Feed.LatestTokenAsync(client);
        var forgotten = await data.ActorAsync("Soon forgotten");
        var latest = await Feed.LatestTokenAsync(client);

        // 31 days on, the 30-day window has moved past every change made so far.
        factory.Time.Shift = TimeSpan.FromDays(31);
        await factory.Services.GetRequiredService<ChangeFeedPruner>().PruneAsync(CancellationToken.None);

        var gone = await client.GetAsync($"/api/v1/changes?after={old}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var problem = await gone.ReadProblemAsync();
        Assert.Contains("retention", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("30 days", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(latest, problem.GetProperty("latestToken").GetString());
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync("/api/v1/changes?after=" + ChangeToken.Encode(0))).StatusCode);

        // The newest token still works (nothing after it was pruned), and so does starting from the oldest change kept.
        var fresh = await data.ActorAsync("Made after the window moved");
        var page = await Feed.PageAsync(client, $"after={latest}");
        Assert.Equal(fresh.Id, Assert.Single(page.Changes).ResourceId);
        var fromStart = await Feed.PageAsync(client, "type=actor");
        Assert.Equal(fresh.Id, Assert.Single(fromStart.Changes).ResourceId);

        // The history keeps every revision: retention applies to the feed, not to the record.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/actors/{forgotten.Id}/history")).StatusCode);
    }
}
