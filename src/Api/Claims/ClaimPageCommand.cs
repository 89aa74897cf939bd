using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// The hot claim lists (by speaker, by article, by kind or origin, retracted or not, in a date range: what newsroom
/// tools poll) read with one plain command instead of an EF query. Profiled at 100,000 claims, EF's query pipeline
/// (expression funcletizing, the query cache lookup, its command and reader wrappers, the materializer) was about half
/// of an uncached page's CPU although the page is one indexed range scan returning stored documents; this command is
/// the same SQL EF writes for those filters, with its values bound by EF's own type mapping for each column (so a Guid
/// or an enum is compared as EF stores it) and column names read from the model. Filters that need another table
/// (chain, subjects, publisher, reviews) or text matching stay with <see cref="ClaimQueries"/>' EF query.
/// </summary>
internal static class ClaimPageCommand
{
    public static bool Handles(ClaimListRequest request) =>
        request.ReportedBy is null && request.Mentions is null && request.Publisher is null && request.Verdict is null
        && request.Reviewed is null && string.IsNullOrWhiteSpace(request.Cue) && string.IsNullOrWhiteSpace(request.Topic)
        && string.IsNullOrWhiteSpace(request.Q);

    /// <summary>The page's rows (one more than a page, to tell whether another follows); on SQLite the documents are in <paramref name="buffer"/>.</summary>
    public static async Task<List<(StoredClaim Document, long SortKey, Guid Id)>> ReadAsync(AppDbContext db, ClaimListRequest request,
        PageBuffer buffer, CancellationToken cancellationToken)
    {
        var columns = Columns.Of(db.Model);
        await using var connection = await ReadConnection.OpenAsync(db, cancellationToken);
        await using var command = connection.Connection.CreateCommand();
        command.Transaction = connection.Transaction;
        command.CommandText = Sql(command, columns, request);
        if (connection.Connection is SqliteConnection sqlite)
        {
            return SqlitePageRows.Read(sqlite, command, request.PageSize - 1, buffer, cancellationToken);
        }

        // PostgreSQL (and any read on the context's connection): Npgsql streams a text column's UTF-8 bytes as received,
        // so each document is copied into the page's pooled buffer too rather than into an array of its own. Only the
        // page's last row makes the next page's cursor, so only its key and id are read.
        var documents = new List<(int Start, int Length)>(request.PageSize + 1);
        var (sortKey, id) = (0L, Guid.Empty);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                await using (var stream = reader.GetStream(0))
                {
                    documents.Add(await buffer.AppendAsync(stream, cancellationToken));
                }

                if (documents.Count == request.PageSize)
                {
                    (sortKey, id) = (reader.GetInt64(1), reader.GetFieldValue<Guid>(2));
                }
            }
        }

        return SqlitePageRows.Rows(buffer, documents, request.PageSize - 1, sortKey, id);
    }

    private static string Sql(DbCommand command, Columns c, ClaimListRequest request)
    {
        var sql = new StringBuilder($"SELECT {c.Document}, {c.SortKey}, {c.Id} FROM {c.Table} WHERE 1 = 1");
        void Where(string condition, params (IProperty Property, object? Value)[] values)
        {
            foreach (var (property, value) in values)
            {
                var name = $"@p{command.Parameters.Count}";
                var at = condition.IndexOf("{}", StringComparison.Ordinal);
                condition = string.Concat(condition.AsSpan(0, at), name, condition.AsSpan(at + 2));
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: false));
            }

            sql.Append(" AND ").Append(condition);
        }

        if (request.Speaker is { } speaker)
        {
            Where($"{c.SpeakerId} = {{}}", (c.SpeakerIdProperty, speaker));
        }

        if (request.Article is { } article)
        {
            Where($"{c.ArticleId} = {{}}", (c.ArticleIdProperty, article));
        }

        if (request.Kind is { } kind)
        {
            Where($"{c.Kind} = {{}}", (c.KindProperty, kind));
        }

        if (request.Origin is { } origin)
        {
            Where($"{c.Origin} = {{}}", (c.OriginProperty, origin));
        }

        if (request.Retracted is { } retracted)
        {
            Where(retracted ? $"{c.RetractedAt} IS NOT NULL" : $"{c.RetractedAt} IS NULL");
        }

        if (request.FromKey is { } from)
        {
            Where($"{c.SortKey} >= {{}}", (c.SortKeyProperty, from));
        }

        if (request.ToKeyExclusive is { } to)
        {
            Where($"{c.SortKey} < {{}}", (c.SortKeyProperty, to));
        }

        // As Keyset.OrderedAfter: the first clause lets the database seek the index to the cursor.
        var newest = request.Sort == SortOrder.Newest;
        var (before, direction) = newest ? ("<", "DESC") : (">", "ASC");
        if (request.Cursor is { } cursor)
        {
            Where($"{c.SortKey} {before}= {{}}", (c.SortKeyProperty, cursor.SortKey));
            Where($"({c.SortKey} {before} {{}} OR ({c.SortKey} = {{}} AND {c.Id} {before} {{}}))",
                (c.SortKeyProperty, cursor.SortKey), (c.SortKeyProperty, cursor.SortKey), (c.IdProperty, cursor.Id));
        }

        sql.Append($" ORDER BY {c.SortKey} {direction}, {c.Id} {direction} LIMIT {request.PageSize + 1}");
        return sql.ToString();
    }

    /// <summary>The claims table's delimited column names and their properties, read from the model once per provider.</summary>
    private sealed class Columns
    {
        private static readonly ConcurrentDictionary<IModel, Columns> Known = new();

        private Columns(IModel model)
        {
            var type = model.FindEntityType(typeof(DomainClaim))!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            IProperty Property(string name) => type.FindProperty(name)!;
            string Name(string property) => $"\"{Property(property).GetColumnName(table)}\"";
            Table = $"\"{table.Name}\"";
            Document = Name(ClaimDocument.Column);
            (SortKey, SortKeyProperty) = (Name(nameof(DomainClaim.SortKey)), Property(nameof(DomainClaim.SortKey)));
            (Id, IdProperty) = (Name(nameof(DomainClaim.Id)), Property(nameof(DomainClaim.Id)));
            (SpeakerId, SpeakerIdProperty) = (Name(nameof(DomainClaim.SpeakerId)), Property(nameof(DomainClaim.SpeakerId)));
            (ArticleId, ArticleIdProperty) = (Name(nameof(DomainClaim.ArticleId)), Property(nameof(DomainClaim.ArticleId)));
            (Kind, KindProperty) = (Name(nameof(DomainClaim.Kind)), Property(nameof(DomainClaim.Kind)));
            (Origin, OriginProperty) = (Name(nameof(DomainClaim.Origin)), Property(nameof(DomainClaim.Origin)));
            RetractedAt = Name(nameof(DomainClaim.RetractedAt));
        }

        public string Table { get; }
        public string Document { get; }
        public string SortKey { get; }
        public IProperty SortKeyProperty { get; }
        public string Id { get; }
        public IProperty IdProperty { get; }
        public string SpeakerId { get; }
        public IProperty SpeakerIdProperty { get; }
        public string ArticleId { get; }
        public IProperty ArticleIdProperty { get; }
        public string Kind { get; }
        public IProperty KindProperty { get; }
        public string Origin { get; }
        public IProperty OriginProperty { get; }
        public string RetractedAt { get; }

        public static Columns Of(IModel model) => Known.GetOrAdd(model, m => new Columns(m));
    }
}
