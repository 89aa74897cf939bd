using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.History;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Api.Samples;

namespace NewsroomClaims.Api.Data;

public static class DatabaseSetup
{
    /// <summary>Registers the DbContext for the configured provider (Database:Provider = Sqlite | Postgres).</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // Options are read when the first context is built, not now: WebApplicationFactory and other
        // hosts add their configuration after Program has registered services.
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddSingleton<RevisionInterceptor>();
        services.AddSingleton<ClaimDocumentInterceptor>();
        services.AddSingleton<WriteQueue>();
        services.AddSingleton<WriteActivity>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<ChangeSequencer>();
        services.AddDbContextPool<PostgresAppDbContext>((sp, o) => o
            .AddInterceptors(new AddedRows(), sp.GetRequiredService<RevisionInterceptor>(), sp.GetRequiredService<ClaimDocumentInterceptor>(),
                sp.GetRequiredService<MatchingQueueInterceptor>(), sp.GetRequiredService<ChangeSequencer>(), new PostgresBulkInsert(),
                sp.GetRequiredService<MatchingCommitInterceptor>())
            .UseNpgsql(PostgresConnectionString(sp.GetRequiredService<DatabaseOptions>()))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddDbContextPool<SqliteAppDbContext>((sp, o) => o
            .AddInterceptors(new AddedRows(), sp.GetRequiredService<RevisionInterceptor>(), sp.GetRequiredService<ClaimDocumentInterceptor>(),
                sp.GetRequiredService<MatchingQueueInterceptor>(), sp.GetRequiredService<ChangeSequencer>(), new SqliteBulkInsert(), new SqliteBusyTimeout(),
                sp.GetRequiredService<MatchingCommitInterceptor>())
            .UseSqlite(SqliteConnectionString(sp.GetRequiredService<DatabaseOptions>()))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        return services;
    }

    /// <summary>
    /// Npgsql prepares a statement once it has run twice on a connection (unless the connection string says otherwise):
    /// PostgreSQL otherwise parses and plans every list query again, which took 0.6 ms of the server's time against
    /// 0.1 ms to run it (EXPLAIN ANALYZE at 100,000 claims). Prepared statements survive the pool's connection reset.
    /// </summary>
    /// <remarks>
    /// Whether the operator set a keyword is asked of the text as given: NpgsqlConnectionStringBuilder.ContainsKey
    /// answers whether Npgsql knows the keyword, so it said yes to both and neither default was ever applied.
    /// </remarks>
    private static string PostgresConnectionString(DatabaseOptions options)
    {
        var given = options.ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is required for Postgres.");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(given);
        if (!Sets(given, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        // A pooled connection is otherwise reset on its next use (DISCARD ALL, or RESET ALL, CLOSE ALL, UNLISTEN *
        // and advisory unlocks once statements are prepared): one more statement for the server on every request. The
        // API leaves no session state behind (its advisory locks and settings are transaction-scoped), so there is
        // nothing to reset.
        if (!Sets(given, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Whether the connection string names the keyword (Npgsql takes it in any case, with or without spaces).</summary>
    private static bool Sets(string connectionString, string keyword)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(key =>
            string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
    }

    private static string SqliteConnectionString(DatabaseOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? $"Data Source={options.SqlitePath}")
        {
            Pooling = true,

            // Microsoft.Data.Sqlite retries a busy database until the command timeout, so a second
            // writer waits for the first instead of failing.
            DefaultTimeout = 30,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }

    /// <summary>Applies migrations and, on an empty database, loads the seed story.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, ILogger logger)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (options.Migrate)
        {
            await using var guard = options.Provider == DatabaseProvider.Sqlite ? await SqliteMigrationGuard.AcquireAsync(db, logger) : null;
            await db.Database.MigrateAsync();
        }

        await ClaimDocumentBackfill.RunAsync(db, logger);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL is a property of the database file: readers no longer wait for the writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (options.LoadSampleData)
        {
            await SampleData.LoadAsync(db, logger);
        }
    }
}
