using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Access;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Security;

/// <summary>
/// The OWASP API Security Top 10 (2023) risks that no other test class proves (see "Security" in the README for
/// the whole pass): each test is named after what the API does about the risk.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OwaspApiTop10Tests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>API1: the stored answer to an Idempotency-Key belongs to the key that sent it.</summary>
    [Fact]
    public async Task API1_AnotherKeyNeverReceivesTheAnswerStoredForAnIdempotencyKey()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Idempotency owner");
        var article = await data.ArticleAsync();
        var claim = TestData.Claim(article.Id, speaker.Id);
        var idempotencyKey = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> PostAsync(HttpClient sender)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims") { Content = JsonContent.Create(claim, options: Json.Options) };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return await sender.SendAsync(request);
        }

        var admins = await PostAsync(client);
        var editors = await PostAsync(await factory.Keys.ClientAsync(ApiKeyRole.Editor));

        Assert.Equal(HttpStatusCode.Created, admins.StatusCode);
        Assert.Equal(HttpStatusCode.Created, editors.StatusCode);
        Assert.False(editors.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(admins.Headers.Location, editors.Headers.Location);
        var history = await client.GetFromJsonAsync<JsonElement>($"{editors.Headers.Location!.AbsolutePath}/history");
        Assert.Equal("test-editor", history[0].GetProperty("author").GetString());
    }

    /// <summary>API2: keys are stored as hashes only; what the database holds cannot be sent as a key.</summary>
    [Fact]
    public async Task API2_TheDatabaseHoldsOnlyAHashOfEachKey()
    {
        var created = await factory.Keys.CreateAsync($"hash-{Guid.NewGuid():N}"[..20], ApiKeyRole.Reader);

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApiKeys.AsNoTracking().SingleAsync(k => k.Id == created.Id);
        Assert.Equal(ApiKeySecrets.Hash(created.Key), stored.Hash);
        // The secret follows the prefix's underscore and may itself begin with one (base64url): split once, not on every '_'.
        var secret = created.Key["nck_".Length..].Split('_', 2)[1];
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored));

        var hashAsKey = factory.CreateClientWithKey($"nck_{created.Prefix}_{Convert.ToBase64String(stored.Hash)}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await hashAsKey.GetAsync("/api/v1/claims")).StatusCode);
    }

    /// <summary>API3: fields the server owns (ids, times, origin, retraction, key hashes) cannot be written, by any method.</summary>
    [Fact]
    public async Task API3_PropertiesTheServerOwnsCannotBeSetThroughAnyWrite()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Mass assignment");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, actor.Id));
        var attempts = new (HttpMethod Method, string Url, string Body, string Field)[]
        {
            (HttpMethod.Post, "/api/v1/actors", $$"""{"name": "Owned {{data.Tag}}", "kind": "person", "id": "{{Guid.NewGuid()}}"}""", "id"),
            (HttpMethod.Put, $"/api/v1/actors/{actor.Id}", $$"""{"name": "{{actor.Name}}", "kind": "person", "createdAt": "2000-01-01T00:00:00Z"}""", "createdAt"),
            (HttpMethod.Patch, $"/api/v1/claims/{claim.Id}", """{"origin": "engine"}""", "origin"),
            (HttpMethod.Patch, $"/api/v1/claims/{claim.Id}", """{"retraction": {"reason": "none", "at": "2000-01-01T00:00:00Z"}}""", "retraction"),
            (HttpMethod.Patch, $"/api/v1/articles/{article.Id}", """{"updatedAt": "2000-01-01T00:00:00Z"}""", "updatedAt"),
            (HttpMethod.Post, "/api/v1/api-keys", """{"name": "sneaky", "role": "reader", "hash": "AAAA", "revokedAt": null}""", "hash"),
        };

        foreach (var (method, url, body, field) in attempts)
        {
            var response = await client.SendAsync(new HttpRequestMessage(method, url)
            {
                Content = new StringContent(body, Encoding.UTF8, method == HttpMethod.Patch ? "application/merge-patch+json" : "application/json"),
            });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {url} with {field}: {(int)response.StatusCode}");
            Assert.Contains(field, (await response.ReadProblemAsync()).ErrorFields());
        }

        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}");
        Assert.Equal("person", after.GetProperty("origin").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("retraction").ValueKind);
        Assert.Equal(claim.UpdatedAt, after.GetProperty("updatedAt").GetDateTime());
    }

    /// <summary>API7: the API is given URLs (canonical URLs, imports, texts) but never calls one.</summary>
    [Fact]
    public async Task API7_TheApiNeverFetchesAUrlItIsGiven()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var trap = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Never fetched");

        var article = await client.PostAsJsonAsync("/api/v1/articles", new
        {
            headline = $"Link only {data.Tag}", canonicalUrl = $"{trap}/story/{data.Tag}", language = "en", body = TestData.Body,
            publishedAt = "2025-05-01T00:00:00Z",
        });
        Assert.Equal(HttpStatusCode.Created, article.StatusCode);
        var import = ArticleImportTests.Import(data.Tag, speaker.Id, 1);
        import.Article!.CanonicalUrl = $"{trap}/import/{data.Tag}";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/articles/import", import, Json.Options)).StatusCode);
        var preview = await client.PostAsJsonAsync("/api/v1/extractions", new { text = $"The ministry said the report at {trap}/report is final.", publisher = $"{trap}/outlet" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);

        await Task.Delay(300);
        Assert.False(listener.Pending(), "the API opened a connection to a URL it was given");
    }

    /// <summary>API8: HTTPS answers tell browsers to stay on HTTPS; plain HTTP answers (behind a TLS proxy) do not.</summary>
    [Fact]
    public async Task API8_HttpsAnswersCarryStrictTransportSecurity()
    {
        using var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://api.newsroom.example/") });
        var secure = await https.GetAsync("/health/live");
        Assert.StartsWith("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());

        var plain = await client.GetAsync("/health/live");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>
    /// API9: nothing is served that the OpenAPI document does not list, except the health checks and the redirect to
    /// Swagger UI: every routed endpoint, MVC or not, is compared with the document, so a forgotten one fails here.
    /// </summary>
    [Fact]
    public async Task API9_EveryRoutedEndpointIsInTheDocumentOrAKnownProbe()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
        string[] undocumented = ["GET /", "* /health/live", "* /health/ready"];

        var routed = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .SelectMany(e =>
            {
                var template = "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), ":[^}]+}", "}");
                var methods = e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
                return methods.Select(m => $"{m} {template}");
            })
            .ToList();

        Assert.True(routed.Count >= 30, $"only {routed.Count} endpoints routed");
        Assert.All(routed, endpoint => Assert.True(documented.Contains(endpoint) || undocumented.Contains(endpoint), $"{endpoint} is served but not documented"));
        Assert.All(documented, operation => Assert.StartsWith("/api/v1/", operation.Split(' ')[1]));
    }

    /// <summary>API10: an import is untrusted input: checked like every write, and it cannot put claims on another article.</summary>
    [Fact]
    public async Task API10_AnImportIsCheckedLikeAnyWriteAndCannotReachAnotherArticle()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Imported elsewhere");
        var other = await data.ArticleAsync();
        var import = ArticleImportTests.Import(data.Tag, speaker.Id, 2);
        import.Claims.ForEach(c => c.ArticleId = other.Id);

        var response = await client.PostAsJsonAsync("/api/v1/articles/import", import, Json.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var imported = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article").GetProperty("id").GetGuid();
        var claims = await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{imported}/claims");
        Assert.Equal(2, claims.GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{other.Id}/claims")).GetProperty("items").GetArrayLength());

        // A field an exporting tool adds (its own ids, an engine flag) refuses the whole import.
        var json = JsonSerializer.SerializeToNode(ArticleImportTests.Import(data.Tag + "x", speaker.Id, 2), Json.Options)!;
        json["claims"]![1]!["origin"] = "engine";
        var refused = await client.PostAsync("/api/v1/articles/import", new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["claims[1].origin"], (await refused.ReadProblemAsync()).ErrorFields());
        var url = Uri.EscapeDataString(json["article"]!["canonicalUrl"]!.GetValue<string>());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles?url={url}")).GetProperty("items").GetArrayLength());
    }
}

/// <summary>API2: guessing keys costs the guesser its address's rate limit, like any other request without a key.</summary>
public sealed class KeyGuessingTests(TinyRateLimitFactory factory) : IClassFixture<TinyRateLimitFactory>
{
    [Fact]
    public async Task API2_GuessingKeysRunsIntoTheAddresssRateLimit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var guess = factory.CreateClientWithKey($"nck_{i:x12}_{Guid.NewGuid():N}");
            statuses.Add((await guess.GetAsync("/api/v1/claims")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
