using System.Buffers;
using System.Buffers.Text;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// Runs a claim page's SELECT (document, sort key, id) on SQLite through SQLitePCL, the library Microsoft.Data.Sqlite
/// itself calls, copying each stored document into one <see cref="PageBuffer"/>. Microsoft.Data.Sqlite hands a column
/// over only as a new array (GetFieldValue&lt;byte[]&gt;; GetBytes caches one too): a page's 20 documents of ~1.2 KB were
/// ~40% of the bytes an uncached page allocated, and allocation drove ~100 gen0 collections a second under load.
/// </summary>
/// <remarks>
/// The command is the one <see cref="ClaimPageCommand"/> built, its parameters made by EF's type mappings; they are
/// bound here as Microsoft.Data.Sqlite binds them (a Guid as upper-case text unless the parameter says blob).
/// </remarks>
internal static class SqlitePageRows
{
    public static List<(StoredClaim Document, long SortKey, Guid Id)> Read(SqliteConnection connection, DbCommand command, int cursorRow,
        PageBuffer buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, command.CommandText, out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        using (statement)
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                Bind(db, statement, parameter);
            }

            var documents = new List<(int Start, int Length)>(cursorRow + 2);
            var (sortKey, id) = (0L, Guid.Empty);
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                // Only the page's last row makes the next page's cursor, so only its key and id are read.
                if (documents.Count == cursorRow)
                {
                    (sortKey, id) = (raw.sqlite3_column_int64(statement, 1), ReadGuid(statement, 2));
                }

                documents.Add(buffer.Append(raw.sqlite3_column_blob(statement, 0)));
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            return Rows(buffer, documents, cursorRow, sortKey, id);
        }
    }

    /// <summary>
    /// The rows as <see cref="ClaimQueries"/> pages them, the documents sliced from <paramref name="buffer"/> once every one
    /// is in (the buffer may have moved to a larger array while filling); only the cursor row carries its key and id.
    /// </summary>
    public static List<(StoredClaim Document, long SortKey, Guid Id)> Rows(PageBuffer buffer, List<(int Start, int Length)> documents,
        int cursorRow, long sortKey, Guid id)
    {
        var rows = new List<(StoredClaim, long, Guid)>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = new StoredClaim(buffer.Slice(documents[i].Start, documents[i].Length));
            rows.Add(i == cursorRow ? (document, sortKey, id) : (document, 0L, Guid.Empty));
        }

        return rows;
    }

    /// <summary>A Guid as EF stores it on SQLite (text), or as 16 bytes when a column holds it as a blob.</summary>
    private static Guid ReadGuid(sqlite3_stmt statement, int column)
    {
        var bytes = raw.sqlite3_column_blob(statement, column);
        if (raw.sqlite3_column_type(statement, column) == raw.SQLITE_BLOB && bytes.Length == 16)
        {
            return new Guid(bytes);
        }

        return Utf8Parser.TryParse(bytes, out Guid value, out var consumed) && consumed == bytes.Length
            ? value
            : throw new FormatException("The claim's id is not a Guid.");
    }

    private static void Bind(sqlite3 db, sqlite3_stmt statement, SqliteParameter parameter)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, parameter.ParameterName);
        var rc = parameter.Value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            Guid guid when parameter.SqliteType == SqliteType.Blob => raw.sqlite3_bind_blob(statement, index, guid.ToByteArray()),
            Guid guid => raw.sqlite3_bind_text(statement, index, guid.ToString().ToUpperInvariant()),
            var other => throw new NotSupportedException($"A claim page does not bind {other.GetType().Name} parameters."),
        };
        SqliteException.ThrowExceptionForRC(rc, db);
    }
}

/// <summary>The documents of one page in one array rented from the shared pool, returned when the response is done.</summary>
internal sealed class PageBuffer : IDisposable
{
    private const int InitialSize = 32 * 1024;
    private byte[] array = [];
    private int length;

    public (int Start, int Length) Append(ReadOnlySpan<byte> bytes)
    {
        if (array.Length - length < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(array.AsSpan(length));
        length += bytes.Length;
        return (length - bytes.Length, bytes.Length);
    }

    /// <summary>Appends what <paramref name="stream"/> holds (a column the provider streams from its own read buffer).</summary>
    public async ValueTask<(int Start, int Length)> AppendAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = length;
        while (true)
        {
            if (array.Length - length < 4096)
            {
                Grow(4096);
            }

            var read = await stream.ReadAsync(array.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return (start, length - start);
            }

            length += read;
        }
    }

    public ReadOnlyMemory<byte> Slice(int start, int count) => array.AsMemory(start, count);

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(InitialSize, Math.Max(array.Length * 2, length + needed)));
        array.AsSpan(0, length).CopyTo(larger);
        Return();
        array = larger;
    }

    public void Dispose()
    {
        Return();
        array = [];
        length = 0;
    }

    private void Return()
    {
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
