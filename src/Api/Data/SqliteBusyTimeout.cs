using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// Sets SQLite's own busy timeout on every connection. Without it Microsoft.Data.Sqlite retries a locked
/// database in 150 ms sleeps, which under 16 concurrent writers turns milliseconds of waiting into seconds;
/// SQLite's handler wakes as soon as the lock is free.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
