using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsroomClaims.Contract;

internal sealed partial class Battery
{
    /// <summary>Each error status the document declares for the operation, provoked from its success request.</summary>
    private async Task ErrorsAsync(string id, Func<Task<Req>> recipe)
    {
        var statuses = contract.Statuses(id);
        var body = contract.HasBody(id);

        if (statuses.Contains("400"))
        {
            var ok = await recipe();
            // JSON-LD markup is open-world (a term the import does not read is passed over), so its 400 is the query's.
            await run.SendAsync(ok.Body is null || contract.IsOpenWorld(id)
                ? ok with { Path = ok.Path + (ok.Path.Contains('?') ? "&" : "?") + "zzz=1", Expected = 400 }
                : ok with { Body = ok.Body.Insert(1, "\"zzz\": 1, "), Expected = 400, ContractForbids = true });
        }

        if (statuses.Contains("401"))
        {
            await run.SendAsync(await recipe() with { Key = WrongKey, Expected = 401 });
            if (!contract.IsOpen(id))
            {
                await run.SendAsync(await recipe() with { Key = null, Expected = 401, ContractForbids = true });
            }
        }

        if (statuses.Contains("403"))
        {
            var ok = await recipe();
            await run.SendAsync(ok with { Key = ok.Key == admin ? editor : reader, Expected = 403 });
        }

        if (statuses.Contains("404"))
        {
            var ok = await recipe();
            await run.SendAsync(ok with { Path = Regex.Replace(ok.Path, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", _ => Guid.NewGuid().ToString()), Expected = 404 });
        }

        if (statuses.Contains("406"))
        {
            await run.SendAsync(await recipe() with { Accept = "image/png", Expected = 406 });
        }

        if (body && statuses.Contains("413"))
        {
            // Prism re-serialises the JSON it forwards, so padding must be a value: one the schema has no room for.
            // An optional body the success request leaves out (an article's extraction options) is padded as an object of
            // its own: "{}" with the padding inserted would end in ", }", JSON that Prism stalls on rather than refuses.
            var ok = await recipe();
            var padding = $"\"zzz\": \"{new string('x', Program.MaxBodyBytes)}\"";
            await run.SendAsync(ok with
            {
                Body = ok.Body is null ? $"{{{padding}}}" : ok.Body.Insert(1, padding + ", "),
                // Open-world JSON-LD (the review import) has room for any term, so only the API refuses its size.
                Expected = 413, ContractForbids = !contract.IsOpenWorld(id),
            });
        }

        if (body && statuses.Contains("415"))
        {
            // A body must be there for its type to matter (an optional one the success request leaves out included).
            var ok = await recipe();
            await run.SendAsync(ok with { Body = ok.Body ?? "{}", ContentType = "text/plain", Expected = 415, ContractForbids = true });
        }

        if (contract.HasParameter(id, "If-Match"))
        {
            await run.SendAsync((await recipe()).With("If-Match", "\"0\"") with { Expected = 412 });
            var ok = await recipe();
            await run.SendAsync(ok with { Headers = ok.Headers!.Where(h => h.Key != "If-Match").ToDictionary(), Expected = 428 });
        }

        if (contract.HasParameter(id, "Idempotency-Key"))
        {
            var key = Guid.NewGuid().ToString();
            var first = (await recipe()).With("Idempotency-Key", key);
            await run.SendAsync(first);
            var (replay, _) = await run.SendAsync(first);
            if (!replay.Headers.Contains("Idempotent-Replayed"))
            {
                run.Failures.Add($"{id}: a retry with the same Idempotency-Key was not marked Idempotent-Replayed");
            }

            var other = await recipe();
            if (other.Path == first.Path && other.Body == first.Body)
            {
                other = other with { Body = other.Body!.Replace("\"text\":\"", "\"text\":\"Again: ", StringComparison.Ordinal) };
            }

            await run.SendAsync(other.With("Idempotency-Key", key) with { Expected = 422 });
            await run.SendAsync(first.With("Idempotency-Key", "not a key") with { Expected = 400, ContractForbids = true });
        }

        if (statuses.Contains("304"))
        {
            var ok = await recipe();
            var (answer, _) = await run.SendAsync(ok);
            await run.SendAsync(ok.With("If-None-Match", answer.Headers.ETag?.ToString() ?? "\"none\"") with { Expected = 304 });
        }
    }

    /// <summary>The other media types of the negotiated reads, each with its own ETag and 304.</summary>
    private async Task RepresentationsAsync()
    {
        var claim = await NewClaimAsync();
        var article = await ClaimedArticleAsync();
        var json = await run.SendAsync(Get($"/api/v1/claims/{claim}"));
        var review = await NewReviewAsync(claim);
        foreach (var (path, accept) in new[]
        {
            ($"/api/v1/claims/{claim}", "application/ld+json"), ($"/api/v1/articles/{article}", "application/vnd.iptc.ninjs+json"),
            ($"/api/v1/reviews/{review}", "application/ld+json"),
        })
        {
            var (answer, _) = await run.SendAsync(Get(path, accept));
            await run.SendAsync(Get(path, accept).With("If-None-Match", answer.Headers.ETag?.ToString() ?? "\"none\"") with { Expected = 304 });
        }

        // The JSON ETag does not stand for the JSON-LD.
        await run.SendAsync(Get($"/api/v1/claims/{claim}", "application/ld+json").With("If-None-Match", json.Response.Headers.ETag?.ToString() ?? "\"none\""));

        var (first, _) = await run.SendAsync(Get($"/api/v1/claims?pageSize=2", "text/csv"));
        var (graph, _) = await run.SendAsync(Get($"/api/v1/claims?pageSize=2", "application/ld+json"));
        var (feed, _) = await run.SendAsync(Get($"/api/v1/reviews?pageSize=1", "application/ld+json"));
        if (!first.Headers.Contains("Link") || !graph.Headers.Contains("Link") || !feed.Headers.Contains("Link"))
        {
            run.Failures.Add("CSV and JSON-LD pages link the next page in Link");
        }

        await run.SendAsync(Get($"/api/v1/articles/{article}/claims?pageSize=1"));
        await run.SendAsync(new Req("GET", "/api/v1/claims?pageSize=0", 400, ContractForbids: true));
        await run.SendAsync(new Req("GET", "/api/v1/claims?kind=quoted", 400, ContractForbids: true));
        await run.SendAsync(new Req("GET", "/api/v1/search?q=%21%21", 400));
        await run.SendAsync(new Req("POST", "/api/v1/claims", 400, Json(Claim(Guid.NewGuid())), Key: editor));

        // Too large for the API's body limit, though every field is within its schema.
        var large = JsonSerializer.SerializeToNode(Article())!;
        large["body"] = string.Concat(Enumerable.Repeat(Body + " ", Program.MaxBodyBytes / Body.Length + 1));
        await run.SendAsync(new Req("POST", "/api/v1/articles", 413, large.ToJsonString(), Key: editor));
        await run.SendAsync(new Req("POST", "/api/v1/extractions", 413, Json(new { text = large["body"]!.GetValue<string>() })));
    }

    /// <summary>Every 409 the API gives.</summary>
    private async Task ConflictsAsync()
    {
        var taken = await NewActorAsync();
        var (_, answer) = await run.SendAsync(Get($"/api/v1/actors/{taken}"));
        var name = JsonDocument.Parse(answer).RootElement.GetProperty("name").GetString()!;
        await run.SendAsync(new Req("POST", "/api/v1/actors", 409, Json(Actor(name)), Key: editor));
        await run.SendAsync(Write("PUT", $"/api/v1/actors/{await NewActorAsync()}", Actor(name), 409));
        await run.SendAsync(Write("PATCH", $"/api/v1/actors/{await NewActorAsync()}", new { name }, 409, contentType: "application/merge-patch+json"));
        await run.SendAsync(Write("DELETE", $"/api/v1/actors/{putin}", null, 409, admin));
        var (_, reviewed) = await run.SendAsync(Get($"/api/v1/reviews/{await NewReviewAsync()}"));
        await run.SendAsync(Write("DELETE", $"/api/v1/actors/{JsonDocument.Parse(reviewed).RootElement.GetProperty("reviewer").GetProperty("id").GetGuid()}", null, 409, admin));

        var article = await NewArticleAsync();
        var (_, read) = await run.SendAsync(Get($"/api/v1/articles/{article}"));
        var url = JsonDocument.Parse(read).RootElement.GetProperty("canonicalUrl").GetString();
        var copy = JsonSerializer.SerializeToNode(Article())!;
        copy["canonicalUrl"] = url;
        await run.SendAsync(new Req("POST", "/api/v1/articles", 409, copy.ToJsonString(), Key: editor));
        await run.SendAsync(new Req("POST", "/api/v1/articles/import", 409, Json(new { article = copy, claims = Array.Empty<object>() }), Key: editor));
        await run.SendAsync(Write("PUT", $"/api/v1/articles/{await NewArticleAsync()}", copy, 409));
        await run.SendAsync(Write("PATCH", $"/api/v1/articles/{await NewArticleAsync()}", new { canonicalUrl = url }, 409, contentType: "application/merge-patch+json"));
        var claimed = await ClaimedArticleAsync();
        await run.SendAsync(Write("PATCH", $"/api/v1/articles/{claimed}", new { body = "Too short." }, 409, contentType: "application/merge-patch+json"));

        var retracted = await NewClaimAsync();
        await run.SendAsync(Write("POST", $"/api/v1/claims/{retracted}/retraction", new { reason = "Wrong speaker." }, 200));
        await run.SendAsync(Write("POST", $"/api/v1/claims/{retracted}/retraction", new { reason = "Again." }, 409));
        await run.SendAsync(Write("PUT", $"/api/v1/claims/{retracted}", Claim(await NewArticleAsync()), 409));
        await run.SendAsync(Write("PATCH", $"/api/v1/claims/{retracted}", new { cue = "claimed" }, 409, contentType: "application/merge-patch+json"));

        var from = await RelatedClaimAsync();
        var (_, relations) = await run.SendAsync(Get($"/api/v1/claims/{from}/relations"));
        var to = JsonDocument.Parse(relations).RootElement[0].GetProperty("toClaimId").GetGuid();
        await run.SendAsync(new Req("POST", $"/api/v1/claims/{from}/relations", 409, Json(new { toClaimId = to, kind = "supports" }), Key: editor));

        var adminKeys = await run.SendAsync(new Req("GET", "/api/v1/api-keys", 200, Key: admin));
        var own = JsonDocument.Parse(adminKeys.Body).RootElement.EnumerateArray().First(k => k.GetProperty("role").GetString() == "admin" && k.GetProperty("revokedAt").ValueKind == JsonValueKind.Null);
        await run.SendAsync(new Req("DELETE", $"/api/v1/api-keys/{own.GetProperty("id").GetGuid()}", 409, Key: admin));
    }

    /// <summary>429 with Retry-After, on an API that allows <paramref name="limit"/> requests per key a window.</summary>
    public static async Task RateLimitAsync(ProxyRunner run, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            await run.SendAsync(Get("/api/v1/claims?pageSize=1"));
        }

        await run.SendAsync(Get("/api/v1/claims?pageSize=1") with { Expected = 429 });
        await run.SendAsync(Get("/api/v1/search?q=putin") with { Expected = 429 });
        await run.SendAsync(new Req("POST", "/api/v1/extractions", 429, Json(new { text = Body })));
    }
}
