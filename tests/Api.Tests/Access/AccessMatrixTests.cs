using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Access;

/// <summary>Every operation the API describes, called with no key and with a reader, editor and admin key.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccessMatrixTests(ApiFactory factory)
{
    public sealed record Operation(string Method, string Path, ApiKeyRole Needs);

    /// <summary>
    /// The issue's rule, written out independently of the code that enforces it. The extraction preview stores
    /// nothing, so it is a read (the scorer and newsroom tools call it without a key); running extraction on an
    /// article saves claims and needs an editor. Matching a text against the stored claims stores nothing either (a reader
    /// asks "has anyone said this?"); merging and splitting statements are corrections, an editor's.
    /// </summary>
    private static ApiKeyRole Expected(string method, string path) =>
        path.StartsWith("api/v1/api-keys", StringComparison.Ordinal) || path.StartsWith("api/v1/webhooks", StringComparison.Ordinal) ? ApiKeyRole.Admin
        : method == "GET" || path is "api/v1/extractions" or "api/v1/claim-matches" ? ApiKeyRole.Reader
        : method == "DELETE" ? ApiKeyRole.Admin
        : ApiKeyRole.Editor;

    private List<Operation> Operations() => factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>()
        .ApiDescriptionGroups.Items.SelectMany(g => g.Items)
        .Select(d => new Operation(d.HttpMethod!, d.RelativePath!, Expected(d.HttpMethod!, d.RelativePath!)))
        .ToList();

    [Fact]
    public void TheMatrixCoversEveryKindOfOperation()
    {
        var operations = Operations();
        Assert.True(operations.Count >= 25, $"only {operations.Count} operations described");
        Assert.Contains(operations, o => o.Method == "DELETE" && o.Path == "api/v1/claims/{id}");
        Assert.Contains(operations, o => o.Method == "POST" && o.Path == "api/v1/claims/{id}/retraction");
        Assert.Contains(operations, o => o.Method == "GET" && o.Path == "api/v1/claims/{id}/history");
        Assert.Contains(operations, o => o.Method == "POST" && o.Path == "api/v1/api-keys");
    }

    [Fact]
    public async Task EveryOperationAdmitsExactlyTheRolesItShould()
    {
        var clients = new List<(ApiKeyRole? Role, HttpClient Client)>
        {
            (null, factory.CreateClientWithKey(null)),
            (ApiKeyRole.Reader, await factory.Keys.ClientAsync(ApiKeyRole.Reader)),
            (ApiKeyRole.Editor, await factory.Keys.ClientAsync(ApiKeyRole.Editor)),
            (ApiKeyRole.Admin, await factory.Keys.ClientAsync(ApiKeyRole.Admin)),
        };
        var failures = new List<string>();
        var calls = 0;
        foreach (var operation in Operations())
        {
            foreach (var (role, client) in clients)
            {
                calls++;
                var response = await client.SendAsync(RequestFor(operation));
                var status = (int)response.StatusCode;
                // Reads are open by default, so a missing key is a reader for GETs.
                var allowed = role is { } r ? r >= operation.Needs : operation.Needs == ApiKeyRole.Reader;
                var expected = allowed ? "not 401/403" : role is null ? "401" : "403";
                var ok = allowed ? status is not (401 or 403) and < 500 : status == (role is null ? 401 : 403);
                if (!ok)
                {
                    failures.Add($"{operation.Method} {operation.Path} as {role?.ToString() ?? "anonymous"}: {status}, expected {expected}");
                }
                else if (!allowed)
                {
                    var problem = await response.ReadProblemAsync();
                    Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(calls >= 100);
    }

    [Fact]
    public async Task AnUnknownKeyIsRefusedEvenForOpenReads()
    {
        var client = factory.CreateClientWithKey("nck_0123456789ab_not-a-real-secret-at-all-0000000000000000");
        var response = await client.GetAsync("/api/v1/articles");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
        await response.ReadProblemAsync();

        var garbage = factory.CreateClientWithKey("'; DROP TABLE api_keys; --");
        Assert.Equal(HttpStatusCode.Unauthorized, (await garbage.GetAsync("/api/v1/claims")).StatusCode);
    }

    internal static HttpRequestMessage RequestFor(Operation operation)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(operation.Path, "{[^}]+}", _ => Guid.NewGuid().ToString());
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), "/" + path);
        if (operation.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }
}
