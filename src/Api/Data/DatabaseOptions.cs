namespace NewsroomClaims.Api.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Full connection string; for SQLite it overrides <see cref="SqlitePath"/>.</summary>
    public string? ConnectionString { get; set; }

    public string SqlitePath { get; set; } = "data/newsroom-claims.db";

    /// <summary>Apply pending migrations at start-up (the default; turn off when a deploy step migrates).</summary>
    public bool Migrate { get; set; } = true;

    /// <summary>Load the seed story into an empty database.</summary>
    public bool LoadSampleData { get; set; } = true;

    /// <summary>
    /// SQLite: how long a write request waits for its turn behind other writers (see <see cref="WriteQueue"/>)
    /// before it answers 503 with Retry-After.
    /// </summary>
    public TimeSpan WriteQueueTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
