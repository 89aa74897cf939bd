using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// FTS5's bm25 ranking with the documents-per-phrase counts supplied by the caller, registered on each SQLite connection
/// as <c>newsroom_bm25(SearchText, counts)</c>. FTS5's own bm25() counts, in every statement, the rows holding each
/// query phrase by walking the phrase's whole posting list: at a million claims that was about 6 of a two-word
/// search's 8 ms of SQL, however small the rank window. This computes the same score (k1 1.2, b 0.75, the idf floor and
/// the column weights below, as fts5_aux.c does) from counts <see cref="SearchTermCounts"/> keeps between searches;
/// <c>counts</c> is a blob of one 64-bit count per phrase, in the order the phrases appear in the query.
/// </summary>
/// <remarks>
/// FTS5 auxiliary functions can only be registered through the fts5_api pointer, which Microsoft.Data.Sqlite does not
/// expose, so this talks to the e_sqlite3 library that Microsoft.Data.Sqlite itself loads. Nothing may throw out of
/// the callback (it runs inside SQLite): failures become SQL errors.
/// </remarks>
internal static unsafe partial class Fts5Bm25
{
    public const string Name = "newsroom_bm25";

    private const string Library = "e_sqlite3";
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int MaxPhrases = 256;

    /// <summary>Title, Body, Facets: a title word counts twice, facet tokens (filters) not at all.</summary>
    private static readonly double[] ColumnWeights = [2.0, 1.0, 0.0];

    private static readonly ConditionalWeakTable<object, object> Registered = new();

    /// <summary>Registers the function on the connection's SQLite handle, once per handle (the pool keeps handles open).</summary>
    public static void EnsureRegistered(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (Registered.TryGetValue(handle, out _))
        {
            return;
        }

        var api = Fts5Api(handle.DangerousGetHandle());
        // fts5_api: int iVersion; then xCreateTokenizer, xFindTokenizer, xCreateFunction.
        var createFunction = (delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr, delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int>)
            ((IntPtr*)(api + IntPtr.Size))[2];
        fixed (byte* name = "newsroom_bm25\0"u8)
        {
            Check(createFunction(api, name, IntPtr.Zero, &Score, IntPtr.Zero), "xCreateFunction");
        }

        Registered.AddOrUpdate(handle, Registered);
    }

    /// <summary>The counts argument for a query's phrases.</summary>
    public static byte[] CountsArgument(IReadOnlyList<long> counts) => MemoryMarshal.AsBytes(counts.ToArray().AsSpan()).ToArray();

    /// <summary>SQLite hands out its fts5_api through a pointer-passing query (https://sqlite.org/fts5.html#extending_fts5).</summary>
    private static IntPtr Fts5Api(IntPtr db)
    {
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        {
            Check(sqlite3_prepare_v2(db, sql, -1, &statement, null), "prepare");
        }

        try
        {
            IntPtr api = 0;
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(sqlite3_bind_pointer(statement, 1, &api, type, IntPtr.Zero), "bind");
                sqlite3_step(statement);
            }

            return api != 0 ? api : throw new InvalidOperationException("This SQLite library has no FTS5.");
        }
        finally
        {
            sqlite3_finalize(statement);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Score(ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        try
        {
            var phrases = api->PhraseCount(fts);
            if (argumentCount != 1 || phrases > MaxPhrases || sqlite3_value_bytes(arguments[0]) != phrases * sizeof(long))
            {
                Fail(context, "newsroom_bm25 takes one blob holding a 64-bit document count per phrase of the query");
                return;
            }

            var counts = (long*)sqlite3_value_blob(arguments[0]);
            long rows, tokens;
            int instances, length;
            int rc;
            if ((rc = api->RowCount(fts, &rows)) != 0 || (rc = api->ColumnTotalSize(fts, -1, &tokens)) != 0
                || (rc = api->InstCount(fts, &instances)) != 0 || (rc = api->ColumnSize(fts, -1, &length)) != 0)
            {
                sqlite3_result_error_code(context, rc);
                return;
            }

            var frequencies = stackalloc double[phrases];
            new Span<double>(frequencies, phrases).Clear();
            for (var i = 0; i < instances; i++)
            {
                int phrase, column, offset;
                if ((rc = api->Inst(fts, i, &phrase, &column, &offset)) != 0)
                {
                    sqlite3_result_error_code(context, rc);
                    return;
                }

                frequencies[phrase] += column < ColumnWeights.Length ? ColumnWeights[column] : 1.0;
            }

            var averageLength = (double)tokens / rows;
            var score = 0.0;
            for (var i = 0; i < phrases; i++)
            {
                var idf = Math.Log((rows - counts[i] + 0.5) / (counts[i] + 0.5));
                score += (idf <= 0.0 ? 1e-6 : idf)
                    * (frequencies[i] * (K1 + 1.0) / (frequencies[i] + K1 * (1 - B + B * length / averageLength)));
            }

            sqlite3_result_double(context, -score);
        }
        catch (Exception exception)
        {
            Fail(context, "newsroom_bm25 failed: " + exception.Message);
        }
    }

    private static void Fail(IntPtr context, string message)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        fixed (byte* text = bytes)
        {
            sqlite3_result_error(context, text, bytes.Length);
        }
    }

    private static void Check(int rc, string step)
    {
        if (rc != 0)
        {
            throw new InvalidOperationException($"Registering {Name} failed at {step} (SQLite result code {rc}).");
        }
    }

    /// <summary>The leading members of SQLite's Fts5ExtensionApi (fts5.h), in declaration order.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ExtensionApi
    {
        public int Version;
        public IntPtr UserData;
        public IntPtr ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public IntPtr Tokenize;
        public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
        public IntPtr PhraseSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;
        public IntPtr Rowid;
        public IntPtr ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
    }

    [LibraryImport(Library)]
    private static partial int sqlite3_prepare_v2(IntPtr db, byte* sql, int bytes, IntPtr* statement, byte** tail);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library)]
    private static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    private static partial int sqlite3_finalize(IntPtr statement);

    [LibraryImport(Library)]
    private static partial int sqlite3_value_bytes(IntPtr value);

    [LibraryImport(Library)]
    private static partial IntPtr sqlite3_value_blob(IntPtr value);

    [LibraryImport(Library)]
    private static partial void sqlite3_result_double(IntPtr context, double value);

    [LibraryImport(Library)]
    private static partial void sqlite3_result_error(IntPtr context, byte* message, int bytes);

    [LibraryImport(Library)]
    private static partial void sqlite3_result_error_code(IntPtr context, int code);
}
