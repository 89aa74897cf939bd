using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// EF Core guards SQLite migrations with a row in __EFMigrationsLock. A process killed while migrating (Ctrl+C on
/// a first start) leaves that row behind, and every later start then waits on it forever. A lock file beside the
/// database, which the operating system releases when its holder dies, proves that no live process is migrating,
/// so while it is held a leftover row is stale and can be removed.
/// </summary>
internal static class SqliteMigrationGuard
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>Waits for the lock file (another instance may be migrating), then clears a stale EF lock row.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var file = await OpenExclusiveAsync(Path.GetFullPath(path) + ".migrating", cancellationToken);
        try
        {
            var lockTable = await db.Database
                .SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'""")
                .SingleAsync(cancellationToken);
            if (lockTable > 0 && await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsLock" """, cancellationToken) > 0)
            {
                logger.LogWarning("Removed a migration lock left by a process that stopped while migrating {Database}.", path);
            }

            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async Task<FileStream> OpenExclusiveAsync(string lockPath, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }
}
