using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using Npgsql;
using NpgsqlTypes;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// tsvector + GIN: websearch_to_tsquery parses the (already sanitised) query, ts_rank ranks, ts_headline cuts
/// the passage. Only the newest <see cref="SearchOptions.RankWindow"/> matches that pass the filters are ranked
/// (ids are UUIDv7, so id order is the order rows were added): for common words the planner walks the primary key
/// backwards and stops once the window is full, for rare ones it reads the GIN index. Headlines are cut
/// afterwards for the page's rows only, because they re-parse the text.
/// </summary>
internal sealed class PostgresSearchEngine(AppDbContext db, IOptions<SearchOptions> options) : ISearchEngine
{
    private const string RankSql = """
        SELECT "EntityId", "Type", "SortKey", "SpeakerId", "Score" FROM (
            SELECT w."EntityId", w."Type", w."SortKey", w."SpeakerId", (ts_rank(w."Document", websearch_to_tsquery('english', @query)) * @scale)::bigint AS "Score"
            FROM (
                SELECT d."EntityId", d."Type", d."SortKey", d."SpeakerId", d."Document"
                FROM "SearchDocuments" d
                WHERE d."Document" @@ websearch_to_tsquery('english', @query)
                  AND (@type::text IS NULL OR d."Type" = @type::text)
                  AND (@speaker::uuid IS NULL OR d."SpeakerId" = @speaker::uuid)
                  AND (@from::bigint IS NULL OR d."SortKey" >= @from::bigint)
                  AND (@to::bigint IS NULL OR d."SortKey" < @to::bigint)
                ORDER BY d."EntityId" DESC
                LIMIT @window) w) m
        WHERE @afterScore::bigint IS NULL OR "Score" < @afterScore::bigint OR ("Score" = @afterScore::bigint AND "EntityId" > @afterId::uuid)
        ORDER BY "Score" DESC, "EntityId"
        LIMIT @take
        """;

    private const string SnippetSql = """
        SELECT d."EntityId", d."Title",
               ts_headline('english', CASE WHEN d."Body" <> '' AND to_tsvector('english', d."Body") @@ q THEN d."Body" ELSE d."Title" END, q, @options)
        FROM "SearchDocuments" d, websearch_to_tsquery('english', @query) q
        WHERE d."EntityId" = ANY(@ids)
        """;

    private static readonly string HeadlineOptions =
        $"StartSel={Snippets.Start}, StopSel={Snippets.Stop}, MaxWords=32, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<SearchRow>> SearchAsync(SearchCriteria criteria, int take, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var query = criteria.Query.ToWebSearch();
            var ranked = new List<(SearchType Type, Guid Id, long? SortKey, Guid? Speaker, long Score)>();
            await using (var command = new NpgsqlCommand(RankSql, connection))
            {
                command.Parameters.AddWithValue("scale", SearchCursor.Scale);
                command.Parameters.AddWithValue("query", query);
                command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Text) { Value = (object?)criteria.Type?.ToString().ToLowerInvariant() ?? DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter("speaker", NpgsqlDbType.Uuid) { Value = (object?)criteria.Speaker ?? DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Bigint) { Value = (object?)criteria.FromKey ?? DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Bigint) { Value = (object?)criteria.ToKeyExclusive ?? DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter("afterScore", NpgsqlDbType.Bigint) { Value = (object?)criteria.After?.ScoreKey ?? DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter("afterId", NpgsqlDbType.Uuid) { Value = (object?)criteria.After?.Id ?? DBNull.Value });
                command.Parameters.AddWithValue("window", options.Value.RankWindow);
                command.Parameters.AddWithValue("take", take);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ranked.Add((Enum.Parse<SearchType>(reader.GetString(1), ignoreCase: true), reader.GetGuid(0),
                        reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.GetInt64(4)));
                }
            }

            if (ranked.Count == 0)
            {
                return [];
            }

            var texts = new Dictionary<Guid, (string Title, string Snippet)>();
            await using (var command = new NpgsqlCommand(SnippetSql, connection))
            {
                command.Parameters.AddWithValue("query", query);
                command.Parameters.AddWithValue("options", HeadlineOptions);
                command.Parameters.AddWithValue("ids", ranked.Select(r => r.Id).ToArray());
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    texts[reader.GetGuid(0)] = (reader.GetString(1), reader.GetString(2));
                }
            }

            return ranked.Select(r => new SearchRow(r.Type, r.Id, r.Score, r.SortKey, r.Speaker,
                texts.GetValueOrDefault(r.Id).Title ?? "", texts.GetValueOrDefault(r.Id).Snippet ?? "")).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
