using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the API over a real database of its own, with migrations applied and the sample story loaded,
/// as `dotnet run` would. Tests share one host but each creates the rows it asserts on.
/// TEST_DB_PROVIDER=Postgres runs the same suite on PostgreSQL (see <see cref="TestDatabase"/>).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase database = TestDatabase.Create();

    public string Provider => database.Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>(database.Settings)
        {
            ["Database:LoadSampleData"] = "true",
        }));
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
