using System.Net;
using System.Text;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    [Fact]
    public async Task EveryKindOfAnswerCarriesTheHardeningHeadersAndACspThatRunsNothing()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Headers speaker");
        var article = await data.ArticleAsync();
        var requests = new (string What, HttpRequestMessage Request)[]
        {
            ("a list", new(HttpMethod.Get, "/api/v1/claims?pageSize=1")),
            ("a 404 problem", new(HttpMethod.Get, $"/api/v1/claims/{Guid.CreateVersion7()}")),
            ("a 400 problem", new(HttpMethod.Get, "/api/v1/claims?speakr=x")),
            ("a 405", new(HttpMethod.Put, "/api/v1/claims")),
            ("a 415", new(HttpMethod.Post, "/api/v1/actors") { Content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded") }),
            ("the SVG graph", new(HttpMethod.Get, $"/api/v1/articles/{article.Id}/attribution-graph.svg")),
            ("the Atom feed", new(HttpMethod.Get, $"/api/v1/actors/{actor.Id}/claims.atom")),
            ("the CSV export", new(HttpMethod.Get, "/api/v1/claims/export.csv")),
            ("the OpenAPI document", new(HttpMethod.Get, "/swagger/v1/swagger.json")),
            ("a health check", new(HttpMethod.Get, "/health/ready")),
            ("the root redirect", new(HttpMethod.Get, "/")),
        };

        var unknownKey = factory.CreateClientWithKey("nck_000000000000_unknown");
        var noRedirects = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        requests = [.. requests, ("a 401 problem", new HttpRequestMessage(HttpMethod.Get, "/api/v1/actors"))];
        foreach (var (what, request) in requests)
        {
            var response = await (what switch { "a 401 problem" => unknownKey, "the root redirect" => noRedirects, _ => client }).SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode}");
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            var csp = Header(response, "Content-Security-Policy");
            Assert.True(csp.Contains("default-src 'none'") && csp.Contains("frame-ancestors 'none'") && !csp.Contains("script-src"), $"{what}: CSP {csp}");
            Assert.Equal("", Header(response, "Server"));
        }
    }

    [Fact]
    public async Task SwaggerUiAloneMayRunScriptsAndOnlyItsOwnFiles()
    {
        var response = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directives = Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }
}
