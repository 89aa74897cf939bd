using System.Data.Common;
using Npgsql;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// PostgreSQL's <see cref="BulkInsert"/>: one binary COPY per table on the request's connection, so inside its
/// transaction (rolled back with it, triggers such as the search index's fire per row as for an INSERT). EF batches
/// INSERTs on PostgreSQL, but preparing them (column modifications, SQL text, parameters, the savepoint before a
/// SaveChanges inside a transaction) cost the API about a third of a 100-claim import's CPU (profiled, 5 Dec). Each
/// value goes through its column's value converter and is written as the column's store type, both from EF's type
/// mapping, so the rows are the ones EF would have written.
/// </summary>
internal sealed class PostgresBulkInsert : BulkInsert
{
    protected override async Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, CancellationToken cancellationToken)
    {
        // The store type without its facets ("character varying", not "character varying(200)"), as Npgsql names types.
        var columns = table.Columns.Select(c => (Column: c, Type: c.Mapping.StoreTypeNameBase)).ToList();
        var npgsql = (NpgsqlConnection)connection;
        await using var import = await npgsql.BeginBinaryImportAsync(
            $"COPY \"{table.Table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // The rows go without the request's token and without a timeout: Npgsql registers the token and re-arms its timeout
        // timer on every buffer flush (~60 per import), and both contended locks (the registration's, then the shared
        // timer queue's: ~9%, then ~4% of an import's samples with 4 importers). One import's rows are bounded (at most 200
        // claims), and the completion below waits for the server with the command timeout and the request's token again.
        import.Timeout = Timeout.InfiniteTimeSpan;
        foreach (var row in table.Rows)
        {
            await import.StartRowAsync(CancellationToken.None);
            foreach (var (column, type) in columns)
            {
                var value = column.ProviderValueOf(row);
                if (value is null)
                {
                    await import.WriteNullAsync(CancellationToken.None);
                }
                else
                {
                    await import.WriteAsync(value, type, CancellationToken.None);
                }
            }
        }

        import.Timeout = TimeSpan.FromSeconds(npgsql.CommandTimeout);
        await import.CompleteAsync(cancellationToken);
    }
}
