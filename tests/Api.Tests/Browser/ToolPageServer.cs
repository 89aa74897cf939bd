using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsroomClaims.Api.Tests.Browser;

/// <summary>
/// A newsroom tool as a browser meets it: one small page served on two other origins of this machine
/// (two loopback ports, so two origins the API can tell apart). The page reads claims and creates one with a
/// key through fetch, and reports what the browser let it see.
/// </summary>
public sealed class ToolPageServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ToolPageServer(WebApplication app, IReadOnlyList<string> origins)
    {
        this.app = app;
        AllowedOrigin = origins[0];
        OtherOrigin = origins[1];
    }

    /// <summary>The origin the API is configured to allow.</summary>
    public string AllowedOrigin { get; }

    /// <summary>An origin the API knows nothing of.</summary>
    public string OtherOrigin { get; }

    public static async Task<ToolPageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.MapGet("/tool.html", () => Results.Content(Page, "text/html; charset=utf-8"));
        await app.StartAsync();
        var origins = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Order().ToList();
        return new ToolPageServer(app, origins);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>
    /// <c>runTool(api, key, claim)</c> lists claims, then creates <c>claim</c> with an Idempotency-Key and sends the
    /// same request again; for each call it returns the status and the headers the page could read, or the
    /// browser's error when it refused the answer.
    /// </summary>
    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Fact-check desk</title></head>
        <body>
        <h1>Fact-check desk</h1>
        <pre id="log"></pre>
        <script>
        async function call(url, init) {
          try {
            const response = await fetch(url, init);
            const headers = {};
            for (const name of ['etag', 'location', 'idempotent-replayed', 'content-type']) headers[name] = response.headers.get(name);
            let body = null;
            try { body = await response.json(); } catch (e) { }
            return { status: response.status, headers, body };
          } catch (e) {
            return { error: e.name + ': ' + e.message };
          }
        }

        window.runTool = async (api, key, claim) => {
          const read = await call(api + '/api/v1/claims?pageSize=5');
          const write = {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Api-Key': key, 'Idempotency-Key': 'desk-' + claim.content.replace(/[^A-Za-z0-9]+/g, '-') },
            body: JSON.stringify(claim),
          };
          const created = await call(api + '/api/v1/claims', write);
          const retried = await call(api + '/api/v1/claims', write);
          const result = { read, created, retried };
          document.getElementById('log').textContent = JSON.stringify(result, null, 2);
          return result;
        };
        </script>
        </body>
        </html>
        """;
}
