using Microsoft.Playwright;

namespace NewsroomClaims.Api.Tests.Browser;

/// <summary>
/// Swagger UI as a person meets it: Debian's headless Chromium (never a downloaded browser) opens /swagger
/// on the running API. Missing Chromium fails the test: tests/setup/chromium.sh installs it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SwaggerUiTests(KestrelApiFactory api) : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing; run `bash tests/setup/chromium.sh start` (tests/run.sh does).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    private async Task<IPage> OpenSwaggerAsync()
    {
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        await page.GotoAsync($"{api.BaseAddress}/swagger");
        await page.Locator(".opblock-tag-section").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        return page;
    }

    [Fact]
    public async Task LandingShowsTitleDescriptionReadmeLinkAndOperationsGroupedByResource()
    {
        var page = await OpenSwaggerAsync();

        Assert.Contains("Newsroom Claims API", await page.Locator(".info .title").InnerTextAsync());
        Assert.Contains("who said what, according to whom", await page.Locator(".info .description").InnerTextAsync());
        var readme = page.Locator(".info .description a", new PageLocatorOptions { HasText = "attribution chains" });
        Assert.EndsWith("#attribution-chains", await readme.GetAttributeAsync("href"));
        var tags = await page.Locator(".opblock-tag-section h3 .nostyle span").AllInnerTextsAsync();
        Assert.Equal(["API keys", "Actors", "Articles", "Changes", "Claims", "Extraction", "Matching", "Reviews", "Search", "Statements", "Webhooks"], tags.Order(StringComparer.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathOf("swagger-landing.png") });
    }

    [Fact]
    public async Task TryingOutTheClaimsListShowsTheSampleStorysClaims()
    {
        var page = await OpenSwaggerAsync();
        var operation = page.Locator("#operations-Claims-ListClaims");
        await operation.Locator(".opblock-summary").ClickAsync();

        var tryItOut = operation.Locator("button.try-out__btn", new LocatorLocatorOptions { HasText = "Try it out" });
        if (await tryItOut.CountAsync() > 0)
        {
            await tryItOut.ClickAsync();
        }

        // The list also answers CSV and JSON-LD; pick JSON as a person reading the response would.
        await operation.Locator(".response-controls select.content-type").First.SelectOptionAsync("application/json");
        await operation.Locator("button.execute").ClickAsync();
        var body = operation.Locator(".live-responses-table .response-col_description pre.microlight").First;
        await body.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var shown = await body.InnerTextAsync();
        File.WriteAllText(Artifacts.PathOf("swagger-claims-response.txt"), shown);
        Assert.Contains("Sources familiar with the talks", shown);
        Assert.Contains("Vladimir Putin", shown);
        Assert.Contains("reiterated", shown);
        Assert.Equal("200", (await operation.Locator(".live-responses-table .response .response-col_status").First.InnerTextAsync()).Trim());

        await operation.ScrollIntoViewIfNeededAsync();
        await operation.ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifacts.PathOf("swagger-claims.png") });
        Assert.True(new FileInfo(Artifacts.PathOf("swagger-claims.png")).Length > 10_000);
    }
}

internal static class Artifacts
{
    /// <summary>A file under the repository's artifacts/ folder, where tests/run.sh collects what a run leaves behind.</summary>
    public static string PathOf(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsroomClaims.slnx")))
        {
            directory = directory.Parent;
        }

        var artifacts = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts");
        Directory.CreateDirectory(artifacts);
        return Path.Combine(artifacts, name);
    }
}
