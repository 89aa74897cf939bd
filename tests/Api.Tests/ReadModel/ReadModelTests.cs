using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.ReadModel;

/// <summary>A database of its own: the list is compared with every claim row in it.</summary>
public sealed class ReadModelFactory : ApiFactory;

/// <summary>
/// The claim lists serve stored documents, not joins. After writes, edits, retractions, deletions, an import, two
/// extraction runs and an actor rename, every listed claim must say exactly what its rows (claim, chain links,
/// subjects, actor names) say, field by field, and the list must hold every claim row and nothing else.
/// </summary>
public sealed class ReadModelTests(ReadModelFactory factory) : IClassFixture<ReadModelFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task TheListAgreesWithTheRowsAfterEveryKindOfWrite()
    {
        var data = new TestData(client);
        var outlet = await data.ActorAsync("Read Model Outlet", ActorKind.Outlet);
        var speaker = await data.ActorAsync("Read Model Speaker");
        var subject = await data.ActorAsync("Read Model Subject");
        var article = await data.ArticleAsync(outlet.Id);

        // API: create, replace, patch, retract, delete.
        var request = TestData.Claim(article.Id, speaker.Id);
        request.ReportedBy = [new() { ActorId = outlet.Id, Cue = "according to" }, new() { Description = "aides", Cue = "said" }];
        request.About = [subject.Id, speaker.Id];
        request.Topics = ["bridges"];
        var created = await data.ClaimAsync(request);
        var replaced = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "to be replaced"));
        request.Content = "the bridge will reopen in June";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/claims/{replaced.Id}", request, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync($"/api/v1/claims/{created.Id}", """{"quote":"delays are likely","about":[]}""")).StatusCode);
        var retracted = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "to be retracted"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/claims/{retracted.Id}/retraction", new { reason = "misquoted" })).StatusCode);
        var deleted = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id, "to be deleted"));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{deleted.Id}")).StatusCode);

        // Import (30 claims: past the size where SQLite's bulk insert takes over from EF), and an imported article
        // deleted with its claims.
        var import = ArticleImportTests.Import(data.Tag, speaker.Id, 30);
        import.Claims[0].About = [subject.Id, outlet.Id];
        import.Claims[1].ReportedBy = [new() { ActorId = outlet.Id, Cue = "according to", Span = new(0, 3) }];
        import.Claims[2].SaidOn = new(new DateOnly(2025, 3, 1), DatePrecision.Month, "in March");
        import.Claims[2].Topics = ["bridges", "May"];
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/articles/import", import, Json.Options)).StatusCode);
        var gone = await client.PostAsJsonAsync("/api/v1/articles/import", ArticleImportTests.Import(data.Tag, speaker.Id, 2), Json.Options);
        var goneId = (await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/articles/{goneId}")).StatusCode);

        // Extraction, run twice (the second run replaces the first's claims).
        var extracted = await data.ArticleAsync(outlet.Id, body: $"{speaker.Name} said the port will reopen on Monday. \"We are ready,\" she said.");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/articles/{extracted.Id}/extraction", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/articles/{extracted.Id}/extraction", null)).StatusCode);

        // Renames of actors named as speaker, reporter and subject reach every claim naming them.
        foreach (var actor in new[] { speaker, outlet, subject })
        {
            Assert.Equal(HttpStatusCode.OK, (await PatchAsync($"/api/v1/actors/{actor.Id}", $$"""{"name":"{{actor.Name}} renamed"}""")).StatusCode);
        }

        var listed = await ListAllAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Claims.Include(c => c.Chain).Include(c => c.Subjects).AsSplitQuery().ToListAsync();
        var names = await db.Actors.ToDictionaryAsync(a => a.Id, a => a.Name);
        var versions = await db.Claims.ToDictionaryAsync(c => c.Id, c => c.Version);

        Assert.Equal(rows.Select(r => r.Id).Order(), listed.Keys.Order());
        Assert.Contains(rows, r => r.Origin == ClaimOrigin.Engine);
        Assert.Contains(rows, r => r.Retracted);
        foreach (var row in rows)
        {
            AssertDescribes(row, names, listed[row.Id]);
            var single = await client.GetAsync($"/api/v1/claims/{row.Id}");
            Assert.Equal($"\"{versions[row.Id]:N}\"", single.Headers.ETag!.Tag);
            AssertDescribes(row, names, await single.Content.ReadFromJsonAsync<JsonElement>());
        }
    }

    private static void AssertDescribes(Claim row, Dictionary<Guid, string> names, JsonElement json)
    {
        var what = $"claim {row.Id}: {json}";
        Assert.True(row.Content == json.GetProperty("content").GetString(), what);
        Assert.True(row.Quote == json.GetProperty("quote").GetString(), what);
        Assert.True(Kebab(row.Kind) == json.GetProperty("kind").GetString(), what);
        Assert.True(row.Cue == json.GetProperty("cue").GetString(), what);
        Assert.True(Span(row.CueSpan) == Span(json.GetProperty("cueSpan")), what);
        Assert.True(Span(row.ContentSpan) == Span(json.GetProperty("contentSpan")), what);
        Assert.True(row.ArticleId == json.GetProperty("articleId").GetGuid(), what);
        Assert.True(Kebab(row.Origin) == json.GetProperty("origin").GetString(), what);
        Assert.True(row.CreatedAt == json.GetProperty("createdAt").GetDateTime().ToUniversalTime(), what);
        Assert.True(row.UpdatedAt == json.GetProperty("updatedAt").GetDateTime().ToUniversalTime(), what);
        var saidOn = json.GetProperty("saidOn");
        Assert.True(row.SaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == (saidOn.ValueKind == JsonValueKind.Null ? null : saidOn.GetProperty("date").GetString()), what);
        Assert.True(row.SaidOnText == (saidOn.ValueKind == JsonValueKind.Null ? null : saidOn.GetProperty("text").GetString()), what);
        Assert.True(row.Topics.SequenceEqual(json.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!)), what);
        Assert.True(row.RetractionReason == (json.GetProperty("retraction").ValueKind == JsonValueKind.Null ? null : json.GetProperty("retraction").GetProperty("reason").GetString()), what);

        var chain = json.GetProperty("chain").EnumerateArray().ToList();
        var links = row.Chain.OrderBy(l => l.Position).ToList();
        Assert.True(links.Count == chain.Count, what);
        for (var i = 0; i < links.Count; i++)
        {
            var link = chain[i];
            Assert.True(links[i].Position == link.GetProperty("position").GetInt32(), what);
            Assert.True(links[i].ActorId == (link.GetProperty("actorId").ValueKind == JsonValueKind.Null ? null : link.GetProperty("actorId").GetGuid()), what);
            Assert.True((links[i].ActorId is { } id ? names[id] : null) == link.GetProperty("actorName").GetString(), what);
            Assert.True(links[i].Description == link.GetProperty("description").GetString(), what);
            Assert.True(links[i].Cue == link.GetProperty("cue").GetString(), what);
            Assert.True(Span(links[i].Span) == Span(link.GetProperty("span")), what);
            Assert.True(Span(links[i].CueSpan) == Span(link.GetProperty("cueSpan")), what);
        }

        Assert.True(chain[^1].GetRawText() == json.GetProperty("speaker").GetRawText(), what);
        Assert.True(row.SpeakerId == links[^1].ActorId, what);
        var about = json.GetProperty("about").EnumerateArray().Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("name").GetString())).ToList();
        Assert.True(row.Subjects.Select(s => (s.ActorId, (string?)names[s.ActorId])).OrderBy(s => s.ActorId).SequenceEqual(about), what);
    }

    private static string? Span(TextSpan? span) => span is { } s ? $"{s.Start}-{s.End}" : null;

    private static string? Span(JsonElement span) =>
        span.ValueKind == JsonValueKind.Null ? null : $"{span.GetProperty("start").GetInt32()}-{span.GetProperty("end").GetInt32()}";

    private static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private Task<HttpResponseMessage> PatchAsync(string path, string json) =>
        client.PatchAsync(path, new StringContent(json, Encoding.UTF8, "application/merge-patch+json"));

    private async Task<Dictionary<Guid, JsonElement>> ListAllAsync()
    {
        var listed = new Dictionary<Guid, JsonElement>();
        var next = "/api/v1/claims?pageSize=7";
        while (next is not null)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(next);
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                listed.Add(item.GetProperty("id").GetGuid(), item.Clone());
            }

            next = page.GetProperty("next").GetString();
        }

        return listed;
    }
}
