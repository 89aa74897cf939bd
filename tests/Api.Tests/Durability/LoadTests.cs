using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>Its own database, on whichever provider the factory is configured for.</summary>
public sealed class LoadFactory : ApiFactory
{
    // Console logging of every SQL command would measure the logger, not the API.
    protected override void Configure(IDictionary<string, string?> settings) => settings["Logging:LogLevel:Default"] = "Warning";
}

/// <summary>16 writers and 16 readers for a bounded time; then every acknowledged write must be there exactly once.</summary>
public sealed class LoadTests(LoadFactory factory) : IClassFixture<LoadFactory>
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SixteenWritersAndSixteenReadersLoseNothingAndNeverGet5xx()
    {
        var editor = await factory.Keys.ClientAsync(ApiKeyRole.Editor);
        var reader = await factory.Keys.ClientAsync(ApiKeyRole.Reader);
        var data = new TestData(editor);
        var speaker = await data.ActorAsync("Loaded speaker");

        var articles = new ConcurrentDictionary<Guid, string>();
        var claims = new ConcurrentBag<Guid>();
        var statuses = new ConcurrentDictionary<int, int>();
        var requests = 0;
        var deadline = Stopwatch.StartNew();

        async Task<HttpResponseMessage> Send(Func<Task<HttpResponseMessage>> send)
        {
            Interlocked.Increment(ref requests);
            var response = await send();
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            return response;
        }

        async Task Writer(int writer)
        {
            for (var i = 0; deadline.Elapsed < Duration; i++)
            {
                var url = $"https://load.example/{data.Tag}/{writer}/{i}";
                var article = new { headline = $"Load {data.Tag} {writer}/{i}", canonicalUrl = url, language = "en", body = TestData.Body };
                var created = await Send(() => editor.PostAsJsonAsync("/api/v1/articles", article));
                if (created.StatusCode != HttpStatusCode.Created)
                {
                    continue;
                }

                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                articles[id] = url;
                var claim = await Send(() => editor.PostAsJsonAsync("/api/v1/claims", TestData.Claim(id, speaker.Id, $"load {writer}/{i}"), Json.Options));
                if (claim.StatusCode == HttpStatusCode.Created)
                {
                    claims.Add((await claim.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                }
            }
        }

        async Task Reader(int index)
        {
            while (deadline.Elapsed < Duration)
            {
                var url = (index % 3) switch
                {
                    0 => "/api/v1/claims?pageSize=50",
                    1 => $"/api/v1/articles?q={data.Tag}&pageSize=50",
                    _ => articles.Keys.FirstOrDefault() is var id && id != Guid.Empty ? $"/api/v1/articles/{id}/claims" : "/api/v1/actors",
                };
                await Send(() => reader.GetAsync(url));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(Writer).Concat(Enumerable.Range(0, 16).Select(Reader)));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = $"https://load.example/{data.Tag}/";
        var storedArticles = await db.Articles.Where(a => a.CanonicalUrl.StartsWith(prefix)).Select(a => a.Id).ToListAsync();
        var ids = articles.Keys.ToList();
        var storedClaims = await db.Claims.Where(c => ids.Contains(c.ArticleId)).Select(c => c.Id).ToListAsync();
        var lost = articles.Keys.Count(id => !storedArticles.Contains(id)) + claims.Count(id => !storedClaims.Contains(id));
        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        Figures.Record($"load ({Provider()}): {requests} requests in {Duration.TotalSeconds:0} s by 16 writers + 16 readers, " +
                       $"{articles.Count} articles + {claims.Count} claims acknowledged, {serverErrors} 5xx, {lost} writes lost, " +
                       $"{storedArticles.Count - articles.Count} unacknowledged extra; statuses {string.Join(" ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}");

        Assert.Equal(0, serverErrors);
        Assert.Equal(0, lost);
        Assert.Equal(articles.Count, storedArticles.Count);
        Assert.Equal(claims.Count, storedClaims.Count);
        Assert.True(articles.Count >= 8, $"only {articles.Count} articles written");
        Assert.Equal(articles.Count, articles.Values.Distinct().Count());
    }

    private string Provider()
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ProviderName?.Split('.').Last() ?? "?";
    }
}
