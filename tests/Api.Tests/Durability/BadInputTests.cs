using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>A database of its own, so row counts move only with this test's requests.</summary>
public sealed class BadInputFactory : ApiFactory;

public sealed class BadInputTests(BadInputFactory factory) : IClassFixture<BadInputFactory>
{
    private const int Seed = 20251125;

    [Fact]
    public async Task GeneratedMalformedRequestsToEveryOperationNeverGet5xxAndLeaveNoTrace()
    {
        var client = factory.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var cases = new BadInputCases(document, await IdsAsync(client), Seed).All().ToList();

        var failures = new List<string>();
        var rejected = 0;
        var fingerprint = await FingerprintAsync();
        foreach (var @case in cases)
        {
            using var request = new HttpRequestMessage(new HttpMethod(@case.Method), @case.Url);
            if (@case.Body is not null)
            {
                request.Content = new ByteArrayContent(@case.Body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(@case.ContentType);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var what = $"{@case.Method} {Shorten(@case.Url)} [{@case.Description}] -> {status}";
            if (status >= 500)
            {
                failures.Add($"{what}: {Shorten(await response.Content.ReadAsStringAsync())}");
            }
            else if (status >= 400)
            {
                rejected++;
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{what}: content type {response.Content.Headers.ContentType}");
                }

                var now = await FingerprintAsync();
                if (now != fingerprint)
                {
                    failures.Add($"{what}: a rejected request changed the database ({fingerprint} -> {now})");
                }

                fingerprint = now;
            }
            else
            {
                fingerprint = await FingerprintAsync();
            }
        }

        Figures.Record($"bad input: {cases.Count} requests over {document.GetProperty("paths").EnumerateObject().Count()} paths, {rejected} rejected, " +
                       $"{failures.Count(f => f.Contains("-> 5"))} 5xx, {failures.Count} failures (seed {Seed})");
        Assert.True(cases.Count > 1000, $"only {cases.Count} cases generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join("\n", failures.Take(40)));
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private static async Task<Dictionary<string, Guid>> IdsAsync(HttpClient client)
    {
        async Task<Guid> First(string url) =>
            (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items")[0].GetProperty("id").GetGuid();
        return new Dictionary<string, Guid>
        {
            ["claim"] = await First("/api/v1/claims?pageSize=1"),
            ["article"] = await First("/api/v1/articles?pageSize=1"),
            ["actor"] = await First("/api/v1/actors?kind=person&pageSize=1"),
            ["publisher"] = await First("/api/v1/actors?kind=outlet&pageSize=1"),
        };
    }

    /// <summary>Row counts of every table and the latest change times: equal fingerprints mean nothing was written.</summary>
    private async Task<string> FingerprintAsync()
    {
        // Claims an accepted request wrote are embedded and grouped after the commit (statements, their revisions, the
        // claims' documents): what the database holds is compared once the matching worker is done.
        await factory.MatchingSettledAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        string[] tables = ["Articles", "Actors", "ActorNames", "Claims", "ChainLinks", "ClaimSubjects", "ClaimRelations", "Revisions", "IdempotencyRecords", "ApiKeys"];
        var columns = tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")")
            .Concat(new[] { "Claims", "Articles", "Actors" }.Select(t => $"(SELECT MAX(\"UpdatedAt\") FROM \"{t}\")"))
            .Append("(SELECT MAX(\"RevokedAt\") FROM \"ApiKeys\")");
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", columns);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString()));
    }
}
