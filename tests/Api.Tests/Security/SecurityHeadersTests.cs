using System.Net;
using System.Text;
using System.Xml.Linq;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(ApiFactory factory)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
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

    [Fact]
    public async Task TheGraphDrawsMarkupInNamesHeadlinesAndCuesAsText()
    {
        var data = new TestData(client);
        var scripted = await data.ActorAsync("<script>alert('name')</script>");
        var cdata = await data.ActorAsync("]]><script>alert(1)</script><![CDATA[");
        var control = await data.ActorAsync("Bell\u0007 and escape\u001b[31m");
        var article = await data.ArticleAsync(headline: $"</title><script>alert('headline')</script> {data.Tag}");
        var claim = TestData.Claim(article.Id, scripted.Id);
        claim.Speaker!.Cue = "said <img src=x onerror=alert(1)>";
        claim.ReportedBy =
        [
            new LinkRequest { ActorId = cdata.Id, Cue = "\" onmouseover=\"alert(1)" },
            new LinkRequest { ActorId = control.Id },
            new LinkRequest { Description = "\"><svg onload=alert('description')>", Cue = "told" },
        ];
        await data.ClaimAsync(claim);

        var response = await client.GetAsync($"/api/v1/articles/{article.Id}/attribution-graph.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());

        // Nothing that could run: no script or foreign element, no event handler, no link.
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject" or "a" or "image" || e.Name.Namespace != Svg);
        var attributes = svg.Descendants().SelectMany(e => e.Attributes()).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName == "href");

        // Every text is there as text, character for character (the unshowable ones as U+FFFD).
        var names = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-name")).OfType<string>().ToList();
        Assert.Contains(scripted.Name, names);
        Assert.Contains(cdata.Name, names);
        Assert.Contains($"Bell\uFFFD and escape\uFFFD[31m {data.Tag}", names);
        Assert.Contains("\"><svg onload=alert('description')>", names);
        var texts = string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName is "text" or "title").Select(e => e.Value));
        Assert.Contains("</title><script>alert('headline')</script>", texts);
        Assert.Contains("said <img src=x onerror=alert(1)>", texts);
        Assert.Contains("\" onmouseover=\"alert(1)", texts);

        // The Atom feed is XML too: the same names come out as text, not as a 500.
        foreach (var actor in new[] { scripted, cdata, control })
        {
            var feed = await client.GetAsync($"/api/v1/actors/{actor.Id}/claims.atom");
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            Assert.Contains(XDocument.Parse(await feed.Content.ReadAsStringAsync()).Descendants().Select(e => e.Value), v => v.Contains(actor.Name.Replace('\u0007', '\uFFFD').Replace('\u001b', '\uFFFD')));
        }
    }
}
