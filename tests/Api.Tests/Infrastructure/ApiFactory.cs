using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using NewsroomClaims.Api.Access;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the API over a real database of its own, with migrations applied and the sample story loaded,
/// as `dotnet run` would. Tests share one host but each creates the rows it asserts on.
/// TEST_DB_PROVIDER=Postgres runs the same suite on PostgreSQL (see <see cref="TestDatabase"/>).
/// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> sends the admin key; see <see cref="ApiKeys"/> for the others.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase database = TestDatabase.Create();

    public ApiFactory() => Keys = new ApiKeys(this);

    public string Provider => database.Provider;

    /// <summary>The bootstrap admin key, known in advance through configuration instead of read from the console.</summary>
    public string AdminKey { get; } = ApiKeySecrets.Generate().Key;

    public ApiKeys Keys { get; }

    /// <summary>A client that sends <paramref name="key"/> in X-Api-Key, or no key at all for null.</summary>
    public HttpClient CreateClientWithKey(string? key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove(ApiKeyAuthenticationHandler.HeaderName);
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        }

        return client;
    }

    /// <summary>Settings a derived factory changes (a tiny rate limit, keyed reads).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, AdminKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Database:LoadSampleData"] = "true",
            ["Auth:BootstrapAdminKey"] = AdminKey,
            ["RateLimiting:PermitLimit"] = "1000000",

            // Tests own their requests; WarmupTests turns it on where it is the subject.
            ["Warmup:Enabled"] = "false",
        };
        Configure(settings);

        // UseSetting reaches the configuration before Program.cs reads it eagerly (the database and the rate
        // limits are read while services are registered, before ConfigureAppConfiguration would apply).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
