using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// A connection for one hot read (a list page) on SQLite, taken from the pool without going through the context's
/// own connection. Profiled at 100,000 claims, opening and closing the context's SQLite connection was ~8% of an
/// uncached list page's CPU: EF's open pipeline (execution strategy, interceptors, diagnostics) and, above all,
/// Microsoft.Data.Sqlite registering on every open, and removing on every close, the dozen functions EF's SQLite
/// provider adds to its connection (regexp, ef_add, ef_compare, ...), which a page's plain SELECT never calls.
/// A connection made from the same connection string shares the pool's handles, so no file is opened per read.
/// </summary>
/// <remarks>
/// Inside a transaction the read must see the transaction's own writes, so it runs on the context's connection, as
/// it does when the context was given a connection rather than a connection string. PostgreSQL reads keep the
/// context's connection too: EF may hand Npgsql a data source of its own, whose pool a connection made from the
/// connection string would not share, and Npgsql's open has no functions to register.
/// </remarks>
internal sealed class ReadConnection : IAsyncDisposable
{
    private readonly DatabaseFacade? database;

    private ReadConnection(DbConnection connection, DbTransaction? transaction, DatabaseFacade? database)
    {
        Connection = connection;
        Transaction = transaction;
        this.database = database;
    }

    public DbConnection Connection { get; }

    /// <summary>The context's transaction, which a command must join; null when the read has a connection of its own.</summary>
    public DbTransaction? Transaction { get; }

    public static async Task<ReadConnection> OpenAsync(DbContext db, CancellationToken cancellationToken)
    {
        var context = db.Database.GetDbConnection();
        var connectionString = db.Database.GetConnectionString();
        if (context is SqliteConnection && db.Database.CurrentTransaction is null && !string.IsNullOrEmpty(connectionString))
        {
            var own = new SqliteConnection(connectionString);
            try
            {
                await own.OpenAsync(cancellationToken);
                await SqliteBusyTimeout.EnsureSetAsync(own, cancellationToken);
            }
            catch
            {
                await own.DisposeAsync();
                throw;
            }

            return new ReadConnection(own, null, null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        return new ReadConnection(context, db.Database.CurrentTransaction?.GetDbTransaction(), db.Database);
    }

    /// <summary>Returns an own connection to the pool, or closes the context's (which keeps it open inside a transaction).</summary>
    public async ValueTask DisposeAsync()
    {
        if (database is null)
        {
            await Connection.DisposeAsync();
        }
        else
        {
            await database.CloseConnectionAsync();
        }
    }
}
