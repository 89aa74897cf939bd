using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// Sets SQLite's own busy timeout on every connection. Without it Microsoft.Data.Sqlite retries a locked
/// database in 150 ms sleeps, which under 16 concurrent writers turns milliseconds of waiting into seconds;
/// SQLite's handler wakes as soon as the lock is free.
/// </summary>
/// <remarks>
/// The setting belongs to SQLite's connection handle, which the pool keeps open between requests, so it is set once
/// per handle rather than on every open (a statement to prepare and run on every read otherwise).
/// </remarks>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";
    private static readonly ConditionalWeakTable<object, object> Set = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpenOfHandle(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite ? EnsureSetAsync(sqlite, cancellationToken) : Task.CompletedTask;

    /// <summary>Sets the timeout on an open connection's handle unless it was set there before (also for connections EF did not open).</summary>
    public static async Task EnsureSetAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (!FirstOpenOfHandle(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool FirstOpenOfHandle(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Set.TryAdd(handle, Set);
}
