using System.Net;
using System.Text.Json;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Documentation;

[Collection(ApiCollection.Name)]
public sealed class OpenApiContractTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<List<(string Name, JsonElement Operation)>> OperationsAsync()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        return [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => ($"{op.Name} {path.Name}", op.Value)))];
    }

    [Fact]
    public async Task EveryOperationHasADescriptionAndEveryRequestBodyAnExample()
    {
        foreach (var (name, op) in await OperationsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("description").GetString()), $"{name} has no description");
            if (op.TryGetProperty("requestBody", out var body))
            {
                Assert.All(body.GetProperty("content").EnumerateObject(), media => Assert.True(media.Value.TryGetProperty("example", out _), $"{name} {media.Name} has no example"));
            }
        }
    }

    [Fact]
    public async Task EveryErrorResponseIsDocumentedAsProblemDetails()
    {
        foreach (var (name, op) in await OperationsAsync())
        {
            var responses = op.GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out _), $"{name} lacks 400 (unknown query parameters)");
            Assert.True(responses.TryGetProperty("500", out _), $"{name} lacks 500");
            foreach (var error in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var types = error.Value.GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
                Assert.Equal(["application/problem+json"], types);
            }
        }
    }

    [Fact]
    public async Task EveryDocumentedQueryParameterIsAcceptedByTheApi()
    {
        var operations = await OperationsAsync();
        var list = operations.Single(o => o.Name == "get /api/v1/claims").Operation;
        var names = list.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => p.GetProperty("name").GetString()!).ToList();

        Assert.Contains("speaker", names);
        Assert.All(names, n => Assert.True(char.IsLower(n[0]), $"{n} is not camelCase"));
        var query = string.Join("&", names.Where(n => n is "pageSize" or "sort" or "q" or "cue" or "topic").Select(n => n switch
        {
            "pageSize" => "pageSize=5",
            "sort" => "sort=oldest",
            _ => $"{n}=x",
        }));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/claims?{query}")).StatusCode);
        Assert.DoesNotContain(names, n => n is "fromKey" or "toKeyExclusive" || n.Contains('.'));
    }

    [Fact]
    public async Task ExportMediaTypesAreDocumentedOnTheOperationsThatServeThem()
    {
        var operations = (await OperationsAsync()).ToDictionary(o => o.Name, o => o.Operation);
        string[] MediaTypes(string op) => [.. operations[op].GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name)];

        Assert.Equal(["application/json", "text/csv", "application/ld+json"], MediaTypes("get /api/v1/claims"));
        Assert.Contains("application/ld+json", MediaTypes("get /api/v1/claims/{id}"));
        Assert.Contains("application/vnd.iptc.ninjs+json", MediaTypes("get /api/v1/articles/{id}"));
        Assert.Equal(["application/atom+xml"], MediaTypes("get /api/v1/actors/{id}/claims.atom"));
        Assert.Equal(["image/svg+xml"], MediaTypes("get /api/v1/articles/{id}/attribution-graph.svg"));
    }
}
