using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsroomClaims.Load;

/// <summary>Writes rows fast: binary COPY on PostgreSQL, prepared statements in one transaction per batch on SQLite.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync<T>(Table<T> table, IReadOnlyCollection<T> rows);
}

internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresBulkWriter(connection);
    }

    public async Task WriteAsync<T>(Table<T> table, IReadOnlyCollection<T> rows)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\""));
        await using var import = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await import.StartRowAsync();
            foreach (var (_, value) in table.Columns)
            {
                switch (value(row))
                {
                    case null: await import.WriteNullAsync(); break;
                    case Enum e: await import.WriteAsync(e.ToString()); break;
                    case var v: await import.WriteAsync(v); break;
                }
            }
        }

        await import.CompleteAsync();
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

internal sealed class SqliteBulkWriter(SqliteConnection connection) : IBulkWriter
{
    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;";
        await pragma.ExecuteNonQueryAsync();
        return new SqliteBulkWriter(connection);
    }

    public async Task WriteAsync<T>(Table<T> table, IReadOnlyCollection<T> rows)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\""))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(table.Columns[i].Value(row));
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The spellings EF Core's SQLite provider uses, so the API reads these rows like its own.</summary>
    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString("D").ToUpperInvariant(),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? 1 : 0,
        List<string> list => JsonSerializer.Serialize(list),
        _ => value,
    };

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
