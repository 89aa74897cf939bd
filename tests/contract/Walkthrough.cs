using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Newsroom.Client;
using Newsroom.Client.Models;

namespace NewsroomClaims.Contract;

/// <summary>
/// The README's walk-through done by an integrator with a client Kiota generated from the OpenAPI document: find
/// Putin, list his claims with their chains, record a claim with an Idempotency-Key (and retry it), page through a
/// list, read a claim's history; and the errors a client must be able to read, each as the typed problem details
/// the document promises (400 with field errors, 404, 409, 412, 422).
/// </summary>
internal sealed class Walkthrough(string baseUrl, string editorKey, Action<string> log)
{
    private readonly NewsroomClient client = Create(baseUrl, editorKey);

    private static NewsroomClient Create(string baseUrl, string key)
    {
        return new NewsroomClient(new HttpClientRequestAdapter(new ApiKeyHeader(key)) { BaseUrl = baseUrl });
    }

    /// <summary>The X-Api-Key header on every request (Kiota's own API key provider refuses plain http, which the check runs on).</summary>
    private sealed class ApiKeyHeader(string key) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("X-Api-Key", key);
            return Task.CompletedTask;
        }
    }

    public async Task RunAsync()
    {
        var putin = (await client.Api.V1.Actors.GetAsync(r => r.QueryParameters.Name = "Putin"))!.Items!.Single();
        Check(putin.Name == "Vladimir Putin", $"?name=Putin finds {putin.Name}");

        var claims = (await client.Api.V1.Claims.GetAsync(r => r.QueryParameters.Speaker = putin.Id))!.Items!;
        var demand = claims.FirstOrDefault(c => c.Chain!.Count == 4);
        Check(demand is not null, $"Putin has {claims.Count} claims, one with a four-link chain");
        log($"  {demand!.Speaker!.ActorName}: via {string.Join(" → ", demand.Chain!.Select(l => l.ActorName ?? l.Description))}");
        Check(demand.Chain!.Last().ActorId == putin.Id && demand.SaidOn?.Precision is not null, "the chain ends with the speaker; saidOn is typed");

        var key = Guid.NewGuid().ToString();
        var request = NewClaim(demand.ArticleId!.Value, putin.Id!.Value, "the talks will go on");
        var created = await client.Api.V1.Claims.PostAsync(request, r => r.Headers.Add("Idempotency-Key", key));
        var retried = await client.Api.V1.Claims.PostAsync(request, r => r.Headers.Add("Idempotency-Key", key));
        Check(created!.Id == retried!.Id && created.Retraction is null && created.CueSpan is null, "a retry with the same Idempotency-Key answers the same claim");

        var pages = 0;
        var seen = new HashSet<Guid?>();
        string? token = null;
        do
        {
            var page = await client.Api.V1.Claims.GetAsync(r =>
            {
                r.QueryParameters.PageSize = 5;
                r.QueryParameters.PageToken = token;
            });
            seen.UnionWith(page!.Items!.Select(c => c.Id));
            token = page.NextPageToken;
            pages++;
        }
        while (token is not null && pages < 20);
        Check(pages > 1 && seen.Contains(created.Id), $"paged through {seen.Count} claims in {pages} pages of 5");

        var history = await client.Api.V1.Claims[created.Id!.Value].History.GetAsync();
        Check(history!.Count == 1 && history[0].Action == RevisionAction.Created && history[0].Changes!.Count > 0, "the new claim's history holds its creation");

        await ErrorsAsync(created, request);
    }

    private async Task ErrorsAsync(ClaimResponse created, ClaimRequest request)
    {
        // A range that ends before it starts: a rule across two fields, which the document states in words only.
        var invalid = await FailsAsync<ValidationProblemDetails>(() => client.Api.V1.Claims.GetAsync(r =>
        {
            r.QueryParameters.From = new Microsoft.Kiota.Abstractions.Date(2025, 5, 1);
            r.QueryParameters.To = new Microsoft.Kiota.Abstractions.Date(2025, 1, 1);
        }));
        Check(invalid.ResponseStatusCode == 400 && invalid.Errors!.AdditionalData.ContainsKey("to"), "400 is a ValidationProblemDetails with an error for the field 'to'");

        var missing = await FailsAsync<ProblemDetails>(() => client.Api.V1.Claims[Guid.NewGuid()].GetAsync());
        Check(missing.ResponseStatusCode == 404 && missing.Status == 404, "404 is a ProblemDetails");

        var stale = await FailsAsync<ProblemDetails>(() => client.Api.V1.Claims[created.Id!.Value].PutAsync(request, r => r.Headers.Add("If-Match", "\"0\"")));
        Check(stale.ResponseStatusCode == 412, "412 is a ProblemDetails");

        var reusedKey = "walkthrough-" + created.Id;
        await client.Api.V1.Claims.PostAsync(NewClaim(request.ArticleId!.Value, request.Speaker!.ActorId!.Value, "something else"), r => r.Headers.Add("Idempotency-Key", reusedKey));
        var conflict = await FailsAsync<ProblemDetails>(() => client.Api.V1.Claims.PostAsync(NewClaim(request.ArticleId!.Value, request.Speaker!.ActorId!.Value, "and another thing"),
            r => r.Headers.Add("Idempotency-Key", reusedKey)));
        Check(conflict.ResponseStatusCode == 422, "422 (a key reused with another body) is a ProblemDetails");

        var etag = await ETagAsync(created.Id!.Value);
        await client.Api.V1.Claims[created.Id!.Value].Retraction.PostAsync(new RetractionRequest { Reason = "Attributed to the wrong speaker." }, r => r.Headers.Add("If-Match", etag));
        var retracted = await FailsAsync<ProblemDetails>(() => client.Api.V1.Claims[created.Id!.Value].PutAsync(request, r => r.Headers.Add("If-Match", "*")));
        Check(retracted.ResponseStatusCode == 409 && retracted.Detail is not null, "409 (editing a retracted claim) is a ProblemDetails");
    }

    /// <summary>The claim's JSON ETag, read through the client's header inspection.</summary>
    private async Task<string> ETagAsync(Guid id)
    {
        var inspection = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        await client.Api.V1.Claims[id].GetAsync(r => r.Options.Add(inspection));
        return inspection.ResponseHeaders["ETag"].Single();
    }

    private static ClaimRequest NewClaim(Guid articleId, Guid speakerId, string content) => new()
    {
        ArticleId = articleId,
        Content = content,
        Kind = ClaimKind.Indirect,
        Cue = "said",
        Speaker = new LinkRequest { ActorId = speakerId, Cue = "said" },
        ReportedBy = [new LinkRequest { Description = "officials familiar with the talks", Cue = "according to" }],
        Topics = ["peace talks"],
        About = [],
    };

    /// <summary>Runs a call that must fail, and returns the typed problem it failed with.</summary>
    private static async Task<T> FailsAsync<T>(Func<Task> call) where T : ApiException
    {
        try
        {
            await call();
        }
        catch (T problem)
        {
            return problem;
        }

        throw new InvalidOperationException($"walk-through: expected a {typeof(T).Name}, but the call succeeded");
    }

    private void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"walk-through: {what}: NOT SO");
        }

        log($"  ok: {what}");
    }
}
