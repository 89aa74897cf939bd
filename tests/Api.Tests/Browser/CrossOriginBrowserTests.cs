using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Browser;

/// <summary>The API on a real port that allows one tool origin (<c>Cors:AllowedOrigins</c>); the tool page on that origin and on another.</summary>
public sealed class CrossOriginFixture : IAsyncLifetime
{
    public ToolPageServer Pages { get; private set; } = null!;

    public KestrelApiFactory Api { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? playwright;

    public async Task InitializeAsync()
    {
        Pages = await ToolPageServer.StartAsync();
        Api = new CrossOriginApiFactory(Pages.AllowedOrigin);
        Assert.True(File.Exists(Chromium.Path), $"{Chromium.Path} is missing; run `bash tests/setup/chromium.sh start` (tests/run.sh does).");
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        Api?.Dispose();
        if (Pages is not null)
        {
            await Pages.DisposeAsync();
        }
    }

    private sealed class CrossOriginApiFactory(string allowedOrigin) : KestrelApiFactory
    {
        // Initialised before the base constructor starts the server and asks for the settings.
        private readonly string origin = allowedOrigin;

        protected override void Configure(IDictionary<string, string?> settings) => settings["Cors:AllowedOrigins:0"] = origin;
    }
}

/// <summary>
/// A newsroom tool on its own origin, in Debian's headless Chromium: the browser itself enforces CORS, so what the
/// page can or cannot read is what a real tool gets. Also the answers the API serves to a browser directly: the SVG
/// graph runs no script, and Swagger UI works under its Content-Security-Policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossOriginBrowserTests(CrossOriginFixture fixture) : IClassFixture<CrossOriginFixture>
{
    private async Task<JsonElement> RunToolAsync(string pageOrigin, string content)
    {
        using var admin = fixture.Api.CreateClient();
        // A claim whose speaker is a known actor: the newest claim may be one of the sample's anonymous sources (sample
        // claims share a date, and UUIDv7 ids made in one millisecond do not sort in the order they were made).
        var sample = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/claims?pageSize=100")).RootElement.GetProperty("items")
            .EnumerateArray().First(c => c.GetProperty("speaker").GetProperty("actorId").ValueKind == JsonValueKind.String);
        var claim = new
        {
            articleId = sample.GetProperty("articleId").GetGuid(),
            content,
            kind = "indirect",
            cue = "said",
            speaker = new { actorId = sample.GetProperty("speaker").GetProperty("actorId").GetGuid() },
        };

        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync($"{pageOrigin}/tool.html");
        var key = await fixture.Api.Keys.ForAsync(ApiKeyRole.Editor);
        return await page.EvaluateAsync<JsonElement>("([api, key, claim]) => window.runTool(api, key, claim)",
            new object[] { fixture.Api.BaseAddress, key, claim });
    }

    private async Task<bool> ClaimExistsAsync(string content)
    {
        using var admin = fixture.Api.CreateClient();
        var claims = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/claims?pageSize=100&origin=person");
        return claims.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("content").GetString() == content);
    }

    [Fact]
    public async Task AToolOnTheAllowedOriginReadsClaimsAndCreatesOneWithAKey()
    {
        var content = $"the desk tool wrote this {Guid.NewGuid():N}";
        var result = await RunToolAsync(fixture.Pages.AllowedOrigin, content);
        File.WriteAllText(Artifacts.PathOf("cors-allowed-origin.json"), result.ToString());

        var read = result.GetProperty("read");
        Assert.Equal(200, read.GetProperty("status").GetInt32());
        Assert.True(read.GetProperty("body").GetProperty("items").GetArrayLength() > 0);

        var created = result.GetProperty("created");
        Assert.Equal(201, created.GetProperty("status").GetInt32());
        var location = created.GetProperty("headers").GetProperty("location").GetString();
        Assert.StartsWith($"{fixture.Api.BaseAddress}/api/v1/claims/", location);
        Assert.False(string.IsNullOrEmpty(created.GetProperty("headers").GetProperty("etag").GetString()), "the page cannot read ETag");

        // The retry with the same Idempotency-Key is a replay, and the page can tell.
        var retried = result.GetProperty("retried");
        Assert.Equal(201, retried.GetProperty("status").GetInt32());
        Assert.Equal("true", retried.GetProperty("headers").GetProperty("idempotent-replayed").GetString());
        Assert.Equal(location, retried.GetProperty("headers").GetProperty("location").GetString());
        Assert.True(await ClaimExistsAsync(content));
    }

    [Fact]
    public async Task TheBrowserRefusesAToolOnAnotherOrigin()
    {
        var content = $"a stranger's tool wrote this {Guid.NewGuid():N}";
        var result = await RunToolAsync(fixture.Pages.OtherOrigin, content);
        File.WriteAllText(Artifacts.PathOf("cors-other-origin.json"), result.ToString());

        foreach (var call in new[] { "read", "created", "retried" })
        {
            var outcome = result.GetProperty(call);
            Assert.False(outcome.TryGetProperty("status", out _), $"{call}: the page could read the answer: {outcome}");
            Assert.StartsWith("TypeError", outcome.GetProperty("error").GetString());
        }

        // The refused preflight means the POST was never sent.
        Assert.False(await ClaimExistsAsync(content));
    }

    [Fact]
    public async Task TheGraphRunsNoScriptEvenWhenNamesAndHeadlinesHoldScripts()
    {
        using var admin = fixture.Api.CreateClient();
        var data = new TestData(admin);
        var speaker = await data.ActorAsync("<script>alert('name')</script>");
        var reporter = await data.ActorAsync("]]><script>alert('cdata')</script>");
        var article = await data.ArticleAsync(headline: $"</title><script>alert('headline')</script> {data.Tag}");
        var claim = TestData.Claim(article.Id, speaker.Id);
        claim.ReportedBy = [new LinkRequest { ActorId = reporter.Id, Cue = "<img src=x onerror=alert('cue')>" }];
        await data.ClaimAsync(claim);

        var page = await fixture.Browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        var response = await page.GotoAsync($"{fixture.Api.BaseAddress}/api/v1/articles/{article.Id}/attribution-graph.svg");
        Assert.Equal(200, response!.Status);
        Assert.Contains("default-src 'none'", await response.HeaderValueAsync("content-security-policy"));

        var shown = await page.EvaluateAsync<string>("() => document.documentElement.textContent");
        Assert.Contains(speaker.Name, shown);
        Assert.Contains(reporter.Name, shown);
        Assert.Contains("</title><script>alert('headline')</script>", shown);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.getElementsByTagName('script').length"));

        // Even a script element put into the document is not run: the policy allows no script at all.
        await page.EvaluateAsync("""
            () => {
              const script = document.createElementNS('http://www.w3.org/2000/svg', 'script');
              script.textContent = 'window.ran = true; alert("injected")';
              document.documentElement.appendChild(script);
            }
            """);
        await page.WaitForTimeoutAsync(200);
        Assert.False(await page.EvaluateAsync<bool>("() => window.ran === true"));
        Assert.Empty(dialogs);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathOf("graph-hostile-names.png") });
    }

    [Fact]
    public async Task SwaggerUiWorksUnderItsContentSecurityPolicyAndTheServerIsNotNamed()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var response = await page.GotoAsync($"{fixture.Api.BaseAddress}/swagger/index.html");
        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy"));
        Assert.Null(await response.HeaderValueAsync("server"));

        var operation = page.Locator("#operations-Actors-ListActors");
        await operation.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator(".response-controls select.content-type").First.SelectOptionAsync("application/json");
        await operation.Locator("button.execute").ClickAsync();
        var body = operation.Locator(".live-responses-table .response-col_description pre.microlight").First;
        await body.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        Assert.Contains("Vladimir Putin", await body.InnerTextAsync());
        Assert.Empty(violations);
    }
}

/// <summary>Debian's Chromium, headless, as every browser test launches it; Playwright never downloads a browser.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"],
    });
}
