using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Search;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Search;

/// <summary>
/// Search ranks as the database's own ranking function would: FTS5's bm25 on SQLite (which the API computes with word
/// counts it keeps between searches), ts_rank on PostgreSQL.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RankingTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ScoresEqualTheDatabasesOwnRankingForPhrasesAlternativesExclusionsAndFilters()
    {
        var data = new TestData(client);
        string a = SearchTests.WordOf(data, "a"), b = SearchTests.WordOf(data, "b"), c = SearchTests.WordOf(data, "c"), d = SearchTests.WordOf(data, "d");
        var speaker = await data.ActorAsync("Ranked Speaker");
        // Documents outside the speaker filter still count for how rare a word is: c is common, the phrase "a b" rare.
        var article = await data.ArticleAsync(body: $"{TestData.Body} {c} {c}, {c} and {a}.", headline: $"{c} in the headline");
        await data.ArticleAsync(body: $"{TestData.Body} Another {c}.");
        var claims = new[]
        {
            $"{a} {b} and {c} were all mentioned",
            $"{c} {c} rising, said to be rising again",
            $"{a} then {b}, not as a phrase",
            $"{c} and {d} together",
            $"{a} {b} reported",
        };
        foreach (var content in claims)
        {
            await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, content));
        }

        var query = $"\"{a} {b}\" OR {c} -{d}";
        var page = await client.GetAsync($"/api/v1/search?speaker={speaker.Id}&q={Uri.EscapeDataString(query)}");
        var hits = (await page.ReadAsync<Page<SearchHit>>()).Items;
        var expected = await DatabaseScoresAsync(SearchQuery.Parse(query));

        Assert.Equal(3, hits.Count);
        Assert.All(hits, hit => Assert.Equal(expected[hit.Id], hit.Score, 1e-6 + 1 / SearchCursor.Scale));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    /// <summary>Each matching document's score, computed by the database alone.</summary>
    private async Task<Dictionary<Guid, double>> DatabaseScoresAsync(SearchQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? """
              SELECT d."EntityId", -bm25("SearchText", 2.0, 1.0, 0.0) FROM "SearchText" t JOIN "SearchDocuments" d ON d."Row" = t.rowid
              WHERE "SearchText" MATCH @query
              """
            : """
              SELECT "EntityId", ts_rank("Document", websearch_to_tsquery('english', @query)) FROM "SearchDocuments"
              WHERE "Document" @@ websearch_to_tsquery('english', @query)
              """;
        Add(command, "@query", sqlite ? query.ToFts5() : query.ToWebSearch());
        var scores = new Dictionary<Guid, double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            scores[sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0)] = Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return scores;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
