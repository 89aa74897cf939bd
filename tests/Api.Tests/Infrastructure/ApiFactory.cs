using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>
/// Hosts the API over a real database file of its own, with migrations applied and the sample story
/// loaded, as `dotnet run` would. Tests share one host but each creates the rows it asserts on.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "newsroom-claims-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(directory, "api.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads Database:* while building its services,
        // before configuration added by the factory is applied, and would fall back to the shared default file.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("Database:LoadSampleData", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalising connection is left to the temp cleaner.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
