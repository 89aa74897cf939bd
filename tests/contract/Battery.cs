using System.Text.Json;

namespace NewsroomClaims.Contract;

/// <summary>
/// Every operation of the document answered with success, then every error status the document declares for it that
/// a request can provoke: 400 (an unknown query parameter or field), 401 (a wrong key), 403 (a lower role), 404 (an
/// unknown id), 406, 413, 415, 412 and 428 (If-Match wrong or missing; the API under test requires it), 422 (an
/// Idempotency-Key reused), 304 (If-None-Match), 409 (each conflict the API knows). 429 is checked on its own API
/// (see <see cref="RateLimitAsync"/>); 500 and 503 cannot be provoked on purpose.
/// </summary>
internal sealed partial class Battery(ProxyRunner run, ContractIndex contract, string admin)
{
    private const string WrongKey = "nck_000000000000_0000000000000000000000000000000000000000";
    private const string Body = "(WIRE) According to Reuters, the minister said on Monday that the bridge will reopen in May.";

    private string editor = "";
    private string reader = "";
    private Guid putin;
    private Guid outlet;
    private int counter;

    private string Unique(string what) => $"{what} {Environment.TickCount64:x}-{++counter}";

    public async Task RunAsync()
    {
        await SetupAsync();
        var recipes = Recipes();
        var missing = contract.Operations.Select(o => o.Id).Where(id => !recipes.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"battery: no request for {string.Join(", ", missing)}");
        }

        foreach (var (id, recipe) in recipes)
        {
            await Phase(id, async () =>
            {
                await run.SendAsync(await recipe());
                await ErrorsAsync(id, recipe);
            });
        }

        await Phase("representations", RepresentationsAsync);
        await Phase("conflicts", ConflictsAsync);
        await Phase("statement conflicts", StatementConflictsAsync);
        await Phase("changes", ChangesAsync);
    }

    /// <summary>A step that breaks (an answer without the field the next request needs) is a failure, and the battery goes on.</summary>
    private async Task Phase(string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException or FormatException)
        {
            run.Failures.Add($"{name}: the battery could not go on: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task SetupAsync()
    {
        editor = await NewKeyAsync("editor");
        reader = await NewKeyAsync("reader");
        putin = await IdAsync("/api/v1/actors?name=Putin", "items", 0);
        outlet = await IdAsync("/api/v1/actors?name=MENAFN", "items", 0);
        await SetupWebhooksAsync();
    }

    private async Task<string> NewKeyAsync(string role)
    {
        var (_, body) = await run.SendAsync(new Req("POST", "/api/v1/api-keys", 201, Json(new { name = Unique($"contract-{role}"), role }), Key: admin));
        return JsonDocument.Parse(body).RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>The id of an item in the answer to a GET (or of the answer itself, with no property).</summary>
    private async Task<Guid> IdAsync(string path, string? property = null, int index = 0, int expected = 200)
    {
        var (_, body) = await run.SendAsync(new Req("GET", path, expected));
        var root = JsonDocument.Parse(body).RootElement;
        var item = property is null ? root : root.GetProperty(property)[index];
        return item.GetProperty("id").GetGuid();
    }

    private async Task<Guid> CreateAsync(string path, object body, string? key = null)
    {
        var (_, answer) = await run.SendAsync(new Req("POST", path, 201, Json(body), Key: key ?? editor));
        var root = JsonDocument.Parse(answer).RootElement;
        return (root.TryGetProperty("article", out var article) ? article : root).GetProperty("id").GetGuid();
    }

    private Task<Guid> NewActorAsync() => CreateAsync("/api/v1/actors", Actor(Unique("Contract Person")));

    private Task<Guid> NewArticleAsync() => CreateAsync("/api/v1/articles", Article());

    private async Task<Guid> NewClaimAsync(Guid? article = null) => await CreateAsync("/api/v1/claims", Claim(article ?? await NewArticleAsync()));

    private static object Actor(string name) => new { name, kind = "person", aliases = Array.Empty<string>(), roles = new[] { new { title = "Minister", from = "2020-01-01" } }, description = "Made by the contract check." };

    private object Article() => new
    {
        headline = Unique("Bridge to reopen"),
        publisherId = outlet,
        canonicalUrl = $"https://news.example/{Guid.NewGuid():N}",
        publishedAt = "2025-05-01T08:00:00Z",
        language = "en",
        body = Body,
    };

    private object Claim(Guid article, string content = "the bridge will reopen in May", Guid? speaker = null) => new
    {
        articleId = article,
        content,
        kind = "indirect",
        cue = "said",
        // Other words than the body's have no place in it.
        contentSpan = content == "the bridge will reopen in May"
            ? new { start = Body.IndexOf("the bridge", StringComparison.Ordinal), end = Body.IndexOf("the bridge", StringComparison.Ordinal) + 29 }
            : null,
        speaker = new { actorId = speaker ?? putin, cue = "said" },
        reportedBy = new object[] { new { actorId = outlet }, new { description = "Reuters", cue = "According to" } },
        saidOn = new { date = "2025-04-28", precision = "day", text = "on Monday" },
        topics = new[] { "infrastructure" },
        about = Array.Empty<Guid>(),
    };

    private static Req Get(string path, string? accept = null) => new("GET", path, 200, Accept: accept);

    private Req Write(string method, string path, object? body, int expected, string? key = null, string contentType = "application/json") =>
        new Req(method, path, expected, body is null ? null : Json(body), contentType, key ?? editor).With("If-Match", "*");

    internal static string Json(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
