using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;
using Npgsql;
using NpgsqlTypes;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// tsvector + GIN: websearch_to_tsquery parses the (already sanitised) query, ts_rank ranks, and the API cuts the
/// passage (<see cref="Passages"/>) from the text the statement returns with the query's lexemes. Only the newest
/// <see cref="SearchOptions.RankWindow"/> matches that pass the filters are ranked
/// ("Seq" is the order documents were added in, as SQLite's rowid). GIN cannot hand out matches newest first, so the
/// index covers "Bucket", a tier of 2^14 documents, beside the words, and the engine first walks the newest four tiers
/// newest first, asking each for its matches (an exact tier and the words meet inside the index), and stops as soon
/// as the window is full: a two-word search at a million documents reads ~1,200 rows in two or three tiers instead of
/// walking ~40,000 rows of the primary key. When four tiers do not fill the window the words are rare enough to ask
/// among all documents at once. (A range of tiers in one index scan was slower: GIN gathers every document of the
/// range into a bitmap before it meets the words; 16 tiers took ~35 ms, 64 over 100 ms.)
/// </summary>
internal sealed class PostgresSearchEngine(AppDbContext db, IOptions<SearchOptions> options) : ISearchEngine
{
    /// <summary>The walk covers at most the newest four tiers: 49,152-65,536 documents.</summary>
    private const int NewestTiers = 4;

    /// <summary>
    /// {0} is the tiers to walk, newest first, and {1} the words and what holds each lookup to its tier; a try among
    /// all makes one pass without a tier. The nested loop returns each tier's matches, newest first, before the next
    /// tier's, so LIMIT keeps the newest and stops the walk. The count of the window comes back on every row (and alone
    /// when the cursor is past the window), with the newest tier, so the caller knows whether the window was full and
    /// whether the walk covered every tier; {2} is the same test in SQL: texts are returned for the page's rows only, and
    /// not at all by a try that will be repeated among all documents. The lexemes to mark are the required words as the
    /// 'english' configuration reduces them (stop words dropped), so the API marks what the index matched. The
    /// query is parsed in a sub-select: the statement is prepared, and a generic plan would otherwise parse it again
    /// for every row. {3} is what a match carries out of its lookup and {4} turns it into the score: the window keeps
    /// scores, not documents.
    /// </summary>
    private const string RankSql = """
        WITH w AS MATERIALIZED (
            SELECT x."EntityId", x."Type", x."SortKey", x."SpeakerId", {4} AS "Score"
            FROM {0} b
            CROSS JOIN LATERAL (
                SELECT d."EntityId", d."Type", d."SortKey", d."SpeakerId", {3} AS "Ranked", d."Seq"
                FROM "SearchDocuments" d
                WHERE {1}
                  AND (@type::text IS NULL OR d."Type" = @type::text)
                  AND (@speaker::uuid IS NULL OR d."SpeakerId" = @speaker::uuid)
                  AND (@from::bigint IS NULL OR d."SortKey" >= @from::bigint)
                  AND (@to::bigint IS NULL OR d."SortKey" < @to::bigint)
                ORDER BY d."Seq" DESC) x
            LIMIT @window)
        SELECT c."Matches", c."NewestTier", r."EntityId", r."Type", r."SortKey", r."SpeakerId", r."Score", s."Title", s."Body", s."Lexemes"
        FROM (SELECT count(*) AS "Matches", (SELECT last_value >> 14 FROM "SearchDocuments_Seq_seq") AS "NewestTier" FROM w) c
        LEFT JOIN LATERAL (
            SELECT m.* FROM w m
            WHERE @afterScore::bigint IS NULL OR m."Score" < @afterScore::bigint OR (m."Score" = @afterScore::bigint AND m."EntityId" > @afterId::uuid)
            ORDER BY m."Score" DESC, m."EntityId"
            LIMIT @take) r ON true
        LEFT JOIN LATERAL (
            SELECT d."Title", d."Body", (SELECT tsvector_to_array(to_tsvector('english', @marked))) AS "Lexemes"
            FROM "SearchDocuments" d
            WHERE d."EntityId" = r."EntityId" AND (c."Matches" >= @window OR {2})) s ON true
        ORDER BY r."Score" DESC, r."EntityId"
        """;

    /// <summary>The words, looked up in the GIN index.</summary>
    private const string WordsInIndex = """d."Document" @@ (SELECT websearch_to_tsquery('english', @query))""";

    /// <summary>
    /// The words checked row by row (the function behind @@, which the planner does not match to an index): a
    /// speaker's documents, or the actors, are few, and walking their own index newest first checks a few rows,
    /// where looking the words up in GIN would gather every match of a common word first (~50 ms at a million).
    /// </summary>
    private const string WordsOnRows = """ts_match_vq(d."Document", (SELECT websearch_to_tsquery('english', @query)))""";

    /// <summary>
    /// A tier's matches are ranked before they are sorted newest first: a sort copies whole rows, and a document carried
    /// through it cost more (~9% of the machine's CPU under a search load) than ranking the few rows of the last tier that
    /// the window leaves out. A try among all documents ranks after the LIMIT: its matches are not bounded by a tier.
    /// </summary>
    private static readonly string TieredRankSql = string.Format(RankSql,
        """generate_series((SELECT (last_value >> 14)::integer FROM "SearchDocuments_Seq_seq"), (SELECT (last_value >> 14)::integer FROM "SearchDocuments_Seq_seq") - @tiers + 1, -1)""",
        WordsInIndex + """ AND d."Bucket" = b""",
        """c."NewestTier" < @tiers""", RankOf("""d."Document" """), """x."Ranked" """);

    private static readonly string RankAfterLimit = RankOf("""x."Ranked" """);
    private static readonly string AllRankSql = string.Format(RankSql, "(VALUES (0))", WordsInIndex, "true", """d."Document" """, RankAfterLimit);
    private static readonly string SpeakerRankSql = string.Format(RankSql, "(VALUES (0))", WordsOnRows + """ AND d."SpeakerId" = @speaker::uuid""", "true", """d."Document" """, RankAfterLimit);
    private static readonly string ActorRankSql = string.Format(RankSql, "(VALUES (0))", WordsOnRows + """ AND d."Type" = 'actor'""", "true", """d."Document" """, RankAfterLimit);

    private static string RankOf(string document) =>
        $"""(ts_rank({document}, (SELECT websearch_to_tsquery('english', @query))) * @scale)::bigint""";

    public async Task<IReadOnlyList<SearchRow>> SearchAsync(SearchCriteria criteria, int take, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var query = criteria.Query.ToWebSearch();
            var ranked = new List<SearchRow>();
            // A speaker's documents and the actors are few, and their own index finds them directly: tiers would only
            // repeat the word lookup.
            var fewRows = criteria.Speaker is not null || criteria.Type == SearchType.Actor;
            var (matches, newestTier) = fewRows ? (0, 0) : await RankAsync(connection, criteria, query, NewestTiers, take, ranked, cancellationToken);
            if (fewRows || (matches < options.Value.RankWindow && newestTier >= NewestTiers))
            {
                ranked.Clear();
                await RankAsync(connection, criteria, query, 0, take, ranked, cancellationToken);
            }

            return ranked;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One try: ranks the window among the newest <paramref name="tiers"/> tiers (0: among all documents).</summary>
    private async Task<(long Matches, long NewestTier)> RankAsync(NpgsqlConnection connection, SearchCriteria criteria, string query,
        int tiers, int take, List<SearchRow> ranked, CancellationToken cancellationToken)
    {
        var sql = tiers != 0 ? TieredRankSql
            : criteria.Speaker is not null ? SpeakerRankSql
            : criteria.Type == SearchType.Actor ? ActorRankSql
            : AllRankSql;
        await using var command = new NpgsqlCommand(sql, connection);
        if (tiers != 0)
        {
            command.Parameters.AddWithValue("tiers", tiers);
        }

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
        command.Parameters.AddWithValue("marked", string.Join(' ', criteria.Query.RequiredWords));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long matches = 0, newestTier = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            (matches, newestTier) = (reader.GetInt64(0), reader.GetInt64(1));
            if (!reader.IsDBNull(2))
            {
                ranked.Add(new SearchRow(Enum.Parse<SearchType>(reader.GetString(3), ignoreCase: true), reader.GetGuid(2), reader.GetInt64(6),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetGuid(5),
                    reader.IsDBNull(7) ? "" : reader.GetString(7),
                    reader.IsDBNull(7) ? "" : Passages.Cut(reader.GetString(7), reader.GetString(8), reader.GetFieldValue<string[]>(9))));
            }
        }

        return (matches, newestTier);
    }
}
