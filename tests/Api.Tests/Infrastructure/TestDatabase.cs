using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>
/// A database that lives as long as one test host: a temp SQLite file by default, or, with
/// TEST_DB_PROVIDER=Postgres, a uniquely named database on the server in TEST_POSTGRES_CONNECTION
/// (tests/setup/postgres.sh starts one). An unreachable server fails the tests rather than skipping them.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public abstract string Provider { get; }

    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public static TestDatabase Create()
    {
        var provider = Environment.GetEnvironmentVariable("TEST_DB_PROVIDER");
        if (string.IsNullOrEmpty(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteTestDatabase();
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = Environment.GetEnvironmentVariable("TEST_POSTGRES_CONNECTION");
            if (string.IsNullOrEmpty(server))
            {
                throw new InvalidOperationException("TEST_DB_PROVIDER=Postgres needs TEST_POSTGRES_CONNECTION (run tests/run.sh, which starts PostgreSQL).");
            }

            return new PostgresTestDatabase(server);
        }

        throw new InvalidOperationException($"TEST_DB_PROVIDER '{provider}' is neither Sqlite nor Postgres.");
    }

    public abstract void Dispose();
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "newsroom-claims-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase() => Directory.CreateDirectory(directory);

    public override string Provider => "Sqlite";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqlitePath"] = Path.Combine(directory, "api.db"),
    };

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
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

internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string server;
    private readonly string name = $"newsroom_test_{Guid.NewGuid():N}";
    private readonly string connectionString;

    public PostgresTestDatabase(string server)
    {
        this.server = server;
        connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

        // Created here, empty, so the API's start-up migrations run against it exactly as in production.
        Execute($"CREATE DATABASE \"{name}\"");
    }

    public override string Provider => "Postgres";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
    };

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // A server process the test role may not end (an autovacuum worker, say) still holds the database.
            // The whole cluster is thrown away after the run, so a leftover database costs nothing.
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
