using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>Kills the real API mid bulk write and checks what a restart finds.</summary>
public sealed class CrashTests : IDisposable
{
    private const int ClaimsPerArticle = 5;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "newsroom-claims-crash", Guid.NewGuid().ToString("N"));

    public CrashTests() => Directory.CreateDirectory(directory);

    private string DatabasePath => Path.Combine(directory, "crash.db");

    [Fact]
    public async Task KillingTheApiMidImportLeavesEveryArticleWholeOrAbsent()
    {
        string adminKey;
        var acknowledged = new ConcurrentBag<string>();
        var sent = 0;
        var interrupted = 0;
        var serverErrors = 0;
        await using (var api = await ApiProcess.StartAsync(DatabasePath))
        {
            adminKey = api.Output.Single(l => l.StartsWith("Admin API key: ", StringComparison.Ordinal))["Admin API key: ".Length..];
            using var client = Client(api, adminKey);
            var speaker = await new TestData(client).ActorAsync("Crash speaker");

            using var stop = new CancellationTokenSource();
            async Task Importer(int worker)
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var import = ArticleImportTests.Import($"crash-{worker}-{i}", speaker.Id, ClaimsPerArticle);
                    Interlocked.Increment(ref sent);
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/v1/articles/import", import, Json.Options);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(import.Article!.CanonicalUrl);
                        }
                        else if ((int)response.StatusCode >= 500)
                        {
                            Interlocked.Increment(ref serverErrors);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref interrupted);
                        return;
                    }
                }
            }

            var workers = Enumerable.Range(0, 8).Select(Importer).ToList();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Count < 20 && waited.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(20);
            }

            api.Kill();
            stop.Cancel();
            await Task.WhenAll(workers);
        }

        await using (var restarted = await ApiProcess.StartAsync(DatabasePath))
        {
            Assert.DoesNotContain(restarted.Output, l => l.StartsWith("Admin API key:", StringComparison.Ordinal));
            using var client = Client(restarted, adminKey);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/articles")).StatusCode);

            await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
            await connection.OpenAsync();
            Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check;"));

            var articles = new Dictionary<string, long>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT a."CanonicalUrl", (SELECT COUNT(*) FROM "Claims" c WHERE c."ArticleId" = a."Id")
                    FROM "Articles" a WHERE a."CanonicalUrl" LIKE 'https://news.example/import/crash-%'
                    """;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    articles[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            var partial = articles.Count(a => a.Value != ClaimsPerArticle);
            var lost = acknowledged.Count(url => !articles.ContainsKey(url));
            Figures.Record($"crash: 1 SIGKILL after {acknowledged.Count} acknowledged imports ({sent} sent, {interrupted} cut off by the kill); " +
                           $"after restart integrity ok, {articles.Count} articles stored, {partial} partial, {lost} acknowledged lost, {serverErrors} 5xx");
            Assert.True(acknowledged.Count >= 20, $"only {acknowledged.Count} imports acknowledged before the kill");
            Assert.True(interrupted > 0, "the kill interrupted no request");
            Assert.Equal(0, partial);
            Assert.Equal(0, lost);
            Assert.Equal(0, serverErrors);
        }
    }

    [Fact]
    public async Task TheCreateKeyCommandPrintsAWorkingKeyOnce()
    {
        var command = ApiProcess.Start(DatabasePath, ["create-key", "--name", "night-desk", "--role", "editor"]);
        var output = await command.StandardOutput.ReadToEndAsync();
        await command.WaitForExitAsync();
        Assert.Equal(0, command.ExitCode);
        var key = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("nck_", StringComparison.Ordinal));
        Assert.DoesNotContain("Admin API key:", output);

        await using var api = await ApiProcess.StartAsync(DatabasePath);
        using var editor = Client(api, key);
        var actor = await editor.PostAsJsonAsync("/api/v1/actors", new { name = "Made by the night desk", kind = "person" });
        Assert.Equal(HttpStatusCode.Created, actor.StatusCode);
        var delete = await editor.DeleteAsync(actor.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Fact]
    public async Task AStartKilledWhileMigratingDoesNotHoldUpTheNextStart()
    {
        await using (await ApiProcess.StartAsync(DatabasePath))
        {
        }

        // What a kill during migration leaves: EF's lock row, with nobody alive to remove it.
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" VALUES (1, '2026-01-01 00:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var restarted = await ApiProcess.StartAsync(DatabasePath);

        Assert.Contains(restarted.Output, line => line.Contains("Removed a migration lock", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static HttpClient Client(ApiProcess api, string key)
    {
        var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
