using System.Net;
using System.Text;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Access;

public sealed class TinyRateLimitFactory : ApiFactory
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["RateLimiting:PermitLimit"] = "3";
        settings["RateLimiting:Window"] = "00:01:00";
    }
}

public sealed class KeyedReadsFactory : ApiFactory
{
    protected override void Configure(IDictionary<string, string?> settings) => settings["Auth:RequireKeyForReads"] = "true";
}

public sealed class RateLimitTests(TinyRateLimitFactory factory) : IClassFixture<TinyRateLimitFactory>
{
    [Fact]
    public async Task AKeyOverItsLimitGets429WithRetryAfter()
    {
        var client = await factory.Keys.ClientAsync(ApiKeyRole.Reader);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/v1/actors");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.RetryAfter?.Delta?.TotalSeconds is > 0 and <= 60, $"Retry-After: {last.Headers.RetryAfter}");
        await last.ReadProblemAsync();

        // Another key has its own budget, and health checks are never limited.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/v1/actors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}

public sealed class KeyedReadsTests(KeyedReadsFactory factory) : IClassFixture<KeyedReadsFactory>
{
    [Fact]
    public async Task WithKeyedReadsAReadWithoutAKeyIs401AndAReaderKeyReads()
    {
        var anonymous = await factory.CreateClientWithKey(null).GetAsync("/api/v1/claims");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await anonymous.ReadProblemAsync();

        var reader = await factory.Keys.ClientAsync(ApiKeyRole.Reader);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/claims")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientWithKey(null).GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task TheLastWorkingAdminKeyCannotBeRevoked()
    {
        var admin = factory.CreateClient();
        var keys = await admin.GetStringAsync("/api/v1/api-keys");
        var bootstrap = System.Text.Json.JsonDocument.Parse(keys).RootElement.EnumerateArray()
            .Single(k => k.GetProperty("role").GetString() == "admin").GetProperty("id").GetGuid();

        var response = await admin.DeleteAsync($"/api/v1/api-keys/{bootstrap}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await response.ReadProblemAsync();
    }
}

[Collection(ApiCollection.Name)]
public sealed class RequestLimitTests(ApiFactory factory)
{
    [Fact]
    public async Task ABodyOverOneMegabyteIs413ProblemDetails()
    {
        var body = "{\"headline\":\"" + new string('a', 1_100_000) + "\"}";
        var response = await factory.CreateClient().PostAsync("/api/v1/articles", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task JsonNestedDeeperThan32LevelsIs400ProblemDetails()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);
        var body = "{\"name\":\"Deep\",\"kind\":\"person\",\"roles\":" + deep + "}";
        var response = await factory.CreateClient().PostAsync("/api/v1/actors", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();

        var patch = await factory.CreateClient().PatchAsync($"/api/v1/actors/{Guid.NewGuid()}", new StringContent(deep, Encoding.UTF8, "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        await patch.ReadProblemAsync();
    }
}
