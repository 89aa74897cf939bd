using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Configuration;
using NewsroomClaims.Api.Security;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Security;

/// <summary>One newsroom tool's origin may read and write; with `*`, any other origin may only read.</summary>
public sealed class CorsFactory : ApiFactory
{
    public const string Desk = "https://desk.newsroom.example";

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Cors:AllowedOrigins:0"] = Desk + "/";
        settings["Cors:AllowedOrigins:1"] = "*";
    }
}

/// <summary>CORS as a browser negotiates it: preflights and actual requests, read off the headers the browser checks.</summary>
public sealed class CorsTests(CorsFactory factory) : IClassFixture<CorsFactory>
{
    private const string Elsewhere = "https://elsewhere.example";

    private static HttpRequestMessage Preflight(string origin, string method, string path = "/api/v1/claims", string headers = "x-api-key,content-type,idempotency-key")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    [Fact]
    public async Task APreflightFromTheListedOriginAllowsWritesWithTheApiHeaders()
    {
        var client = factory.CreateClientWithKey(null);
        foreach (var method in new[] { "POST", "PUT", "PATCH", "DELETE" })
        {
            var response = await client.SendAsync(Preflight(CorsFactory.Desk, method, headers: "x-api-key,content-type,if-match,if-none-match,idempotency-key"));

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(CorsFactory.Desk, Header(response, "Access-Control-Allow-Origin"));
            Assert.Contains(method, Header(response, "Access-Control-Allow-Methods")!.Split(','));
            var allowed = Header(response, "Access-Control-Allow-Headers")!.Split(',').Select(h => h.ToLowerInvariant());
            Assert.Superset(new HashSet<string>(["x-api-key", "content-type", "if-match", "if-none-match", "idempotency-key"]), allowed.ToHashSet());
            Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        }
    }

    [Fact]
    public async Task AnyOtherOriginMayReadButItsWritePreflightIsRefused()
    {
        var client = factory.CreateClientWithKey(null);
        var write = await client.SendAsync(Preflight(Elsewhere, "POST"));
        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);
        Assert.DoesNotContain("POST", Header(write, "Access-Control-Allow-Methods")?.Split(',') ?? []);

        var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/claims?pageSize=1");
        read.Headers.Add("Origin", Elsewhere);
        var response = await client.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));

        // A "simple" POST needs no preflight; its answer is still not readable by another origin under `*`.
        var simple = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extractions") { Content = new StringContent("{\"text\": \"He said so.\"}", Encoding.UTF8, "text/plain") };
        simple.Headers.Add("Origin", Elsewhere);
        Assert.Null(Header(await client.SendAsync(simple), "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AnswersExposeTheHeadersABrowserToolNeedsAndVaryByOrigin()
    {
        var client = await factory.Keys.ClientAsync(ApiKeyRole.Editor);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/actors")
        {
            Content = JsonContent.Create(new { name = $"Cors desk {Guid.NewGuid():N}", kind = "person" }),
        };
        request.Headers.Add("Origin", CorsFactory.Desk);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var created = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(CorsFactory.Desk, Header(created, "Access-Control-Allow-Origin"));
        var exposed = Header(created, "Access-Control-Expose-Headers")!.Split(',');
        Assert.Superset(new HashSet<string>(["ETag", "Location", "Link", "Retry-After", "Idempotent-Replayed"]), new HashSet<string>(exposed));
        Assert.Contains("Origin", Header(created, "Vary")!);
    }

    [Fact]
    public async Task ErrorsAreReadableByTheAllowedOriginSoAToolCanShowThem()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/actors") { Content = JsonContent.Create(new { name = "x" }) };
        request.Headers.Add("Origin", CorsFactory.Desk);
        var response = await factory.CreateClientWithKey(null).SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(CorsFactory.Desk, Header(response, "Access-Control-Allow-Origin"));
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task WithoutConfiguredOriginsAPreflightIsAnsweredButAllowsNothing()
    {
        using var plain = new ApiFactory();
        var response = await plain.CreateClientWithKey(null).SendAsync(Preflight(CorsFactory.Desk, "POST"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    [Theory]
    [InlineData("https://desk.example/path")]
    [InlineData("desk.example")]
    [InlineData("ftp://desk.example")]
    [InlineData("https://*.desk.example")]
    public void AnOriginABrowserWouldNeverSendIsRefusedAtStartUp(string origin)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = origin }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => CrossOriginOptions.From(configuration));
        Assert.Contains(origin, error.Message);
    }

    [Fact]
    public void OriginsMayBeGivenAsOneSpaceOrCommaSeparatedSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cors:AllowedOrigins"] = "https://a.example, https://B.example:8443/ *" }).Build();
        var options = CrossOriginOptions.From(configuration);
        Assert.Equal(["https://a.example", "https://b.example:8443"], options.ListedOrigins);
        Assert.True(options.AnyOriginMayRead);
    }
}
