using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// FTS5: bm25 ranks (title counts twice the body; <see cref="Fts5Bm25"/>, with word counts kept between searches by
/// <see cref="SearchTermCounts"/>), the API cuts the passage (<see cref="Passages"/>). FTS5 walks the matches newest row
/// first, so the rank window stops after the newest <see cref="SearchOptions.RankWindow"/> matches that pass the
/// filters; only those are ranked. Passages are cut afterwards for the page's rows only.
/// </summary>
internal sealed class SqliteSearchEngine(AppDbContext db, IOptions<SearchOptions> options, SearchTermCounts termCounts) : ISearchEngine
{
    private const string RankSql = """
        SELECT "EntityId", "Type", "SortKey", "SpeakerId", "Score", "Row" FROM (
            SELECT t.rowid AS "Row", CAST(-newsroom_bm25("SearchText", $counts) * $scale AS INTEGER) AS "Score",
                   d."EntityId", d."Type", d."SortKey", d."SpeakerId"
            FROM "SearchText" t JOIN "SearchDocuments" d ON d."Row" = t.rowid
            WHERE "SearchText" MATCH $filtered
              AND ($type IS NULL OR d."Type" = $type)
              AND ($speaker IS NULL OR d."SpeakerId" = $speaker)
              AND ($from IS NULL OR d."SortKey" >= $from)
              AND ($to IS NULL OR d."SortKey" < $to)
            ORDER BY t.rowid DESC
            LIMIT $window) w
        WHERE $afterScore IS NULL OR "Score" < $afterScore OR ("Score" = $afterScore AND "EntityId" > $afterId)
        ORDER BY "Score" DESC, "EntityId"
        LIMIT $take
        """;

    // Without filters on SearchDocuments the window is the newest matches themselves: ranked by FTS5 alone, then joined.
    // Ranking inside the join cost 1.7 times as much at a million claims (29 vs 17 ms for a two-word query's window of
    // 1,000, sqlite3 3.40, same rows; the join alone is under a millisecond).
    private const string UnfilteredRankSql = """
        SELECT d."EntityId", d."Type", d."SortKey", d."SpeakerId", w."Score", w."Row" FROM (
            SELECT rowid AS "Row", CAST(-newsroom_bm25("SearchText", $counts) * $scale AS INTEGER) AS "Score"
            FROM "SearchText" WHERE "SearchText" MATCH $filtered
            ORDER BY rowid DESC
            LIMIT $window) w
        JOIN "SearchDocuments" d ON d."Row" = w."Row"
        WHERE $afterScore IS NULL OR w."Score" < $afterScore OR (w."Score" = $afterScore AND d."EntityId" > $afterId)
        ORDER BY w."Score" DESC, d."EntityId"
        LIMIT $take
        """;

    /// <summary>
    /// The page rows' texts, for <see cref="Passages"/>: FTS5's snippet() re-ran the query for each row and cut one
    /// passage its own way; the API cuts the same passages on both databases.
    /// </summary>
    private const string TextSql = """
        SELECT rowid, "Title", "Body" FROM "SearchText" WHERE rowid IN (SELECT value FROM json_each($rows))
        """;

    public async Task<IReadOnlyList<SearchRow>> SearchAsync(SearchCriteria criteria, int take, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The speaker and actor-type filters are facet tokens, so FTS5 intersects them with the words itself.
            // Facet tokens start with '_', which no query word holds, so the words need no column filter.
            var query = criteria.Query.ToFts5();
            // Only selective filters go to FTS5 (a filter is a group of facet tokens, any of which may match): intersecting
            // with the million-entry "claim" list costs more than walking the newest matches and dropping the few that are
            // not claims.
            var facets = new List<string[]>();
            Facet(facets, criteria.Type == SearchType.Actor ? "_actor" : null);
            Facet(facets, criteria.Speaker is { } speaker ? "_sp" + speaker.ToString("N") : null);
            MonthFacets(facets, criteria.FromKey, criteria.ToKeyExclusive);
            var filtered = query + string.Concat(facets.Select(f => $" AND Facets : ({string.Join(" OR ", f.Select(t => $"\"{t}\""))})"));
            // One count per phrase in query order; facet phrases weigh nothing in the ranking, so need none.
            var counts = (await termCounts.CountAsync(connection, criteria.Query.Fts5Phrases(), cancellationToken))
                .Concat(facets.SelectMany(f => f).Select(_ => 0L)).ToList();
            Fts5Bm25.EnsureRegistered((SqliteConnection)connection);
            var ranked = new List<(SearchType Type, Guid Id, long? SortKey, Guid? Speaker, long Score, long Row)>();
            var unfiltered = criteria.Type is null && criteria.Speaker is null && criteria.FromKey is null && criteria.ToKeyExclusive is null;
            await using (var command = Command(connection, unfiltered ? UnfilteredRankSql : RankSql))
            {
                Add(command, "$scale", SearchCursor.Scale);
                Add(command, "$filtered", filtered);
                Add(command, "$counts", Fts5Bm25.CountsArgument(counts));
                Add(command, "$type", criteria.Type?.ToString().ToLowerInvariant());
                Add(command, "$speaker", Text(criteria.Speaker));
                Add(command, "$from", criteria.FromKey);
                Add(command, "$to", criteria.ToKeyExclusive);
                Add(command, "$afterScore", criteria.After?.ScoreKey);
                Add(command, "$afterId", Text(criteria.After?.Id));
                Add(command, "$window", options.Value.RankWindow);
                Add(command, "$take", take);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ranked.Add((Enum.Parse<SearchType>(reader.GetString(1), ignoreCase: true), Guid.Parse(reader.GetString(0)),
                        reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3)),
                        reader.GetInt64(4), reader.GetInt64(5)));
                }
            }

            if (ranked.Count == 0)
            {
                return [];
            }

            var texts = new Dictionary<long, (string Title, string Snippet)>();
            var stems = Passages.Stems(criteria.Query.RequiredWords);
            await using (var command = Command(connection, TextSql))
            {
                Add(command, "$rows", "[" + string.Join(',', ranked.Select(r => r.Row)) + "]");
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var title = reader.GetString(1);
                    texts[reader.GetInt64(0)] = (title, Passages.Cut(title, reader.GetString(2), stems));
                }
            }

            return ranked.Select(r => new SearchRow(r.Type, r.Id, r.Score, r.SortKey, r.Speaker,
                texts.GetValueOrDefault(r.Row).Title ?? "", texts.GetValueOrDefault(r.Row).Snippet ?? "")).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A closed date range of up to <see cref="MaxMonthFacets"/> months as "any of these months" (the exact bounds are
    /// still checked on SearchDocuments); wider or open ranges pass too much to be worth intersecting.
    /// </summary>
    private static void MonthFacets(List<string[]> facets, long? fromKey, long? toKeyExclusive)
    {
        if (fromKey is not { } from || toKeyExclusive is not { } to || to <= from)
        {
            return;
        }

        var first = new DateTime(from, DateTimeKind.Utc);
        var last = new DateTime(to - 1, DateTimeKind.Utc);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (months > MaxMonthFacets)
        {
            return;
        }

        var start = new DateTime(first.Year, first.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        facets.Add([.. Enumerable.Range(0, months).Select(i => "_m" + start.AddMonths(i).ToString("yyyyMM", CultureInfo.InvariantCulture))]);
    }

    private const int MaxMonthFacets = 24;

    /// <summary>A facet token (see the SearchFacets migration), required alongside the words.</summary>
    private static void Facet(List<string[]> facets, string? token)
    {
        if (token is not null)
        {
            facets.Add([token]);
        }
    }

    /// <summary>EF Core stores Guids in SQLite as upper-case text; compare against the same spelling.</summary>
    private static string? Text(Guid? id) => id?.ToString("D").ToUpperInvariant();

    internal static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    internal static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
