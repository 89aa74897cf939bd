using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Exports.Csv;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Exports;

/// <summary>The whole-list CSV export, over a host that reads claims four at a time so a few dozen cross many batches.</summary>
public sealed class ClaimsExportTests(ExportFactory factory) : IClassFixture<ExportFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static string ExportPath(string query) => $"/api/v1/claims/export.csv?{query}";

    private async Task<List<string[]>> ExportAsync(string query)
    {
        var response = await client.GetAsync(ExportPath(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(ClaimCsv.Header, rows[0]);
        Assert.DoesNotContain(rows.Skip(1), row => row[0] == "id");
        return rows;
    }

    private static List<Guid> Ids(List<string[]> rows) => rows.Skip(1).Select(r => Guid.Parse(r[0])).ToList();

    private async Task<List<Guid>> ListIdsAsync(string query)
    {
        var page = await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?{query}&pageSize={PageRequest.MaxPageSize}", Json.Options);
        Assert.Null(page!.Next);
        return page.Items.Select(c => c.Id).ToList();
    }

    [Fact]
    public async Task ExportingClaimsStreamsEveryMatchOnceAcrossBatches()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Export Speaker");
        var dateOf = new Dictionary<Guid, DateTime>();
        for (var a = 0; a < 5; a++)
        {
            var published = new DateTime(2025, 4, 1 + a, 8, 0, 0, DateTimeKind.Utc);
            var article = await data.ArticleAsync(publishedAt: published);
            for (var c = 0; c < 5; c++)
            {
                // Most claims share their article's date, so ties are broken by id across batch boundaries;
                // the odd one is dated itself and lands between the articles.
                var request = TestData.Claim(article.Id, speaker.Id, $"claim {a}.{c}");
                if (c == 4)
                {
                    request.SaidOn = new ApproximateDateDto(new DateOnly(2025, 3, 20 - a));
                }

                var claim = await data.ClaimAsync(request);
                dateOf[claim.Id] = request.SaidOn?.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? published;
            }
        }

        var response = await client.GetAsync(ExportPath($"speaker={speaker.Id}"));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches("^attachment; filename=\"claims-20[0-9]{6}\\.csv\"$", response.Content.Headers.GetValues("Content-Disposition").Single());

        var ids = Ids(await ExportAsync($"speaker={speaker.Id}"));
        Assert.Equal(25, ids.Count);
        Assert.Equal(dateOf.Keys.Order(), ids.Order());
        Assert.True(ids.Select(id => dateOf[id]).Zip(ids.Skip(1).Select(id => dateOf[id])).All(p => p.First >= p.Second), "newest first");
        Assert.Equal(await ListIdsAsync($"speaker={speaker.Id}"), ids);
    }

    [Fact]
    public async Task FiltersApplyToTheExportAsTheyDoToTheList()
    {
        var data = new TestData(client);
        var minister = await data.ActorAsync("Export Minister");
        var mayor = await data.ActorAsync("Export Mayor");
        var article = await data.ArticleAsync();
        var other = await data.ArticleAsync(publishedAt: new DateTime(2025, 5, 2, 8, 0, 0, DateTimeKind.Utc));
        var claims = new List<ClaimResponse>();
        for (var i = 0; i < 9; i++)
        {
            var request = TestData.Claim(i % 3 == 0 ? other.Id : article.Id, i % 2 == 0 ? minister.Id : mayor.Id, $"repairs cost {i} million");
            request.Kind = i < 6 ? ClaimKind.Indirect : ClaimKind.Direct;
            claims.Add(await data.ClaimAsync(request));
        }

        var retraction = await client.PostAsJsonAsync($"/api/v1/claims/{claims[2].Id}/retraction", new { reason = "Misattributed." });
        retraction.EnsureSuccessStatusCode();

        foreach (var query in new[]
        {
            $"speaker={minister.Id}",
            $"speaker={minister.Id}&retracted=false",
            $"article={article.Id}&kind=indirect",
            $"article={other.Id}&q=COST",
            $"speaker={mayor.Id}&sort=oldest",
            $"speaker={mayor.Id}&from=2025-05-01",
        })
        {
            var expected = await ListIdsAsync(query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Ids(await ExportAsync(query)));
        }

        Assert.DoesNotContain(claims[2].Id, Ids(await ExportAsync($"speaker={minister.Id}&retracted=false")));
    }

    [Theory]
    [InlineData("speaker=not-a-guid", "speaker")]
    [InlineData("kind=no-such-kind", "kind")]
    [InlineData("from=2025-03-02&to=2025-03-01", "to")]
    [InlineData("speakr=00000000-0000-0000-0000-000000000001", "speakr")]
    [InlineData("pageSize=10", "pageSize")]
    [InlineData("pageToken=abc", "pageToken")]
    public async Task ABadFilterAnswers400ProblemDetailsInsteadOfAFile(string query, string field)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ExportPath(query));
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var problem = await response.ReadProblemAsync();
        Assert.Contains(problem.ErrorFields(), f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PagingParametersAreRefusedWithTheReason()
    {
        var response = await client.GetAsync(ExportPath("pageSize=10"));

        var problem = await response.ReadProblemAsync();
        var error = problem.GetProperty("errors").EnumerateObject().Single();
        Assert.Equal("pageSize", error.Name, ignoreCase: true);
        Assert.Contains("does not apply", error.Value[0].GetString());
    }

    [Fact]
    public async Task CellsAFormulaCouldStartWithAreEscapedInTheExport()
    {
        string[] contents = ["=HYPERLINK(\"https://evil.example\",\"click\")", "+1 bridge will reopen", "-2 lanes stay closed", "@SUM(A1:A2) is the cost", "plain, with \"quotes\"\r\nand a line break"];
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Formula Speaker");
        var article = await data.ArticleAsync();
        foreach (var content in contents)
        {
            await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, content));
        }

        var rows = await ExportAsync($"article={article.Id}");

        var column = Array.IndexOf(rows[0], "content");
        var expected = contents.Select(c => c[0] is '=' or '+' or '-' or '@' ? "'" + c : c).Order();
        Assert.Equal(expected, rows.Skip(1).Select(r => r[column]).Order());
    }

    [Fact]
    public async Task AnExportWithNoMatchIsTheHeaderAlone()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Silent Speaker");

        var rows = await ExportAsync($"speaker={speaker.Id}");

        Assert.Single(rows);
    }

    [Fact]
    public async Task TheExportIsNeverServedFromTheReadCache()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Uncached Speaker");
        var article = await data.ArticleAsync();
        await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        var list = $"/api/v1/claims?speaker={speaker.Id}";
        await client.GetAsync(list);
        var listAgain = await client.GetAsync(list);
        await client.GetAsync(ExportPath($"speaker={speaker.Id}"));
        var exportAgain = await client.GetAsync(ExportPath($"speaker={speaker.Id}"));

        // The list shows the cache is on in this host (SQLite); the export still runs afresh each time.
        Assert.Equal(factory.Provider == "Sqlite", listAgain.Headers.Age is not null);
        Assert.Null(exportAgain.Headers.Age);
    }

    [Fact]
    public async Task AFailureAfterRowsWereSentCutsTheDownloadInsteadOfEndingTheFile()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Failing Speaker");
        var article = await data.ArticleAsync();
        for (var i = 0; i < 6; i++)
        {
            await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"{ExportFactory.FailingWord} {i}"));
        }

        var response = await client.GetAsync(ExportPath($"speaker={speaker.Id}&q={ExportFactory.FailingWord}"), HttpCompletionOption.ResponseHeadersRead);

        // The first batch went out under a 200; the second batch's query fails, and reading the body fails with it.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failure = await Record.ExceptionAsync(() => response.Content.ReadAsByteArrayAsync());
        Assert.True(failure is HttpRequestException or IOException, $"reading the body should fail, got {failure?.GetType().Name ?? "a whole file"}");
    }

    [Fact]
    public async Task OnlyAsManyExportsStreamAtOnceAsConfigured()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Held Speaker");
        var article = await data.ArticleAsync();
        for (var i = 0; i < 6; i++)
        {
            await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, $"{ExportFactory.HoldingWord} {i}"));
        }

        var first = client.GetAsync(ExportPath($"speaker={speaker.Id}&q={ExportFactory.HoldingWord}"), HttpCompletionOption.ResponseHeadersRead);
        await factory.BatchHeld.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.GetAsync(ExportPath($"speaker={speaker.Id}"));
        factory.ReleaseHeldBatch();
        var firstResponse = await first;

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(7, (await firstResponse.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ExportPath($"speaker={speaker.Id}"))).StatusCode);
    }
}
