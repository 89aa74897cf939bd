using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Documentation;

[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    [Fact]
    public async Task DocumentListsEveryOperationTheApiServes()
    {
        var document = await DocumentAsync();
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
        var served = factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Select(d => $"{d.HttpMethod} /{d.RelativePath}")
            .ToList();

        Assert.True(served.Count >= 20, $"only {served.Count} operations served");
        Assert.All(served, op => Assert.Contains(op, documented));
    }

    [Fact]
    public async Task EveryOperationHasIdSummaryTagAndProblemResponses()
    {
        var document = await DocumentAsync();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var op = operation.Value;
                var name = $"{operation.Name} {path.Name}";
                Assert.True(op.TryGetProperty("operationId", out _), $"{name} has no operationId");
                Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), $"{name} has no summary");
                Assert.True(op.GetProperty("tags").GetArrayLength() > 0, $"{name} has no tag");
                Assert.True(op.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('4')), $"{name} documents no 4xx");
            }
        }
    }

    [Fact]
    public async Task SwaggerUiIsServedAndTheRootRedirectsToIt()
    {
        var ui = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);

        var root = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/");
        Assert.Equal("/swagger", root.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task HealthEndpointsAnswerHealthy()
    {
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
