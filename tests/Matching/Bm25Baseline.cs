using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NewsroomClaims.Matching;

/// <summary>
/// The lexical baseline: the API's full-text search (SQLite FTS5, tokenizer <c>porter unicode61 remove_diacritics 2</c>,
/// ranked by FTS5's bm25 with its k1 = 1.2 and b = 0.75) asked for the query's words joined by OR, as a fact-checker
/// pasting the statement into the search would. Scoring every query against every candidate through SQLite would take
/// hours, so SQLite tokenizes (the index's own terms, read back through fts5vocab) and the bm25 sum is computed here
/// with FTS5's formula; <see cref="Verify"/> checks it against SQLite's own bm25() on sample queries.
/// </summary>
internal sealed partial class Bm25Baseline : IDisposable
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const string Tokenizer = "porter unicode61 remove_diacritics 2";

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly Dictionary<int, int>[] termCounts;
    private readonly int[] lengths;
    private readonly Dictionary<int, List<int>> postings = [];
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> stemOf = new(StringComparer.Ordinal);
    private readonly double averageLength;
    private readonly IReadOnlyList<string> texts;

    public Bm25Baseline(IReadOnlyList<string> documents)
    {
        texts = documents;
        connection.Open();
        Execute($"CREATE VIRTUAL TABLE docs USING fts5(content, tokenize = '{Tokenizer}')");
        Execute("CREATE VIRTUAL TABLE docs_terms USING fts5vocab('docs', 'instance')");
        Execute($"CREATE VIRTUAL TABLE words USING fts5(w, tokenize = '{Tokenizer}')");
        Execute("CREATE VIRTUAL TABLE words_terms USING fts5vocab('words', 'instance')");
        using (var transaction = connection.BeginTransaction())
        {
            Insert("INSERT INTO docs(rowid, content) VALUES ($id, $text)", documents);
            var words = documents.SelectMany(QueryWords).Distinct(StringComparer.Ordinal).ToList();
            Insert("INSERT INTO words(rowid, w) VALUES ($id, $text)", words);
            transaction.Commit();
            foreach (var (row, term) in Read("SELECT doc, term FROM words_terms"))
            {
                stemOf[words[(int)row - 1]] = term;
            }
        }

        termCounts = new Dictionary<int, int>[documents.Count];
        lengths = new int[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            termCounts[i] = [];
        }

        foreach (var (row, term) in Read("SELECT doc, term FROM docs_terms"))
        {
            var doc = (int)row - 1;
            var id = TermId(term);
            termCounts[doc][id] = termCounts[doc].GetValueOrDefault(id) + 1;
            lengths[doc]++;
        }

        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var term in termCounts[doc].Keys)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(doc);
            }
        }

        averageLength = lengths.Average();
    }

    /// <summary>bm25 of every document that shares a term with document <paramref name="query"/>'s words (FTS5's sign flipped: higher is better).</summary>
    public Dictionary<int, double> Scores(int query)
    {
        var scores = new Dictionary<int, double>();
        var n = texts.Count;
        foreach (var word in QueryWords(texts[query]).Distinct(StringComparer.Ordinal))
        {
            if (!stemOf.TryGetValue(word, out var stem) || !termIds.TryGetValue(stem, out var term))
            {
                continue;
            }

            var hits = postings[term];
            var idf = Math.Log((n - hits.Count + 0.5) / (hits.Count + 0.5));
            if (idf <= 0)
            {
                idf = 1e-6;
            }

            foreach (var doc in hits)
            {
                var f = termCounts[doc][term];
                scores[doc] = scores.GetValueOrDefault(doc) + idf * (f * (K1 + 1)) / (f + K1 * (1 - B + B * lengths[doc] / averageLength));
            }
        }

        return scores;
    }

    /// <summary>The largest difference between <see cref="Scores"/> and SQLite's bm25() over the given queries' matches.</summary>
    public double Verify(IEnumerable<int> queries)
    {
        var worst = 0.0;
        foreach (var query in queries)
        {
            var words = QueryWords(texts[query]).Distinct(StringComparer.Ordinal).Select(w => $"\"{w}\"").ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var mine = Scores(query);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, bm25(docs) FROM docs WHERE docs MATCH $q";
            command.Parameters.AddWithValue("$q", string.Join(" OR ", words));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var doc = (int)reader.GetInt64(0) - 1;
                worst = Math.Max(worst, Math.Abs(-reader.GetDouble(1) - mine.GetValueOrDefault(doc)));
            }
        }

        return worst;
    }

    /// <summary>The words a query sends: letters and digits as unicode61 splits them, lower-cased.</summary>
    private static IEnumerable<string> QueryWords(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    private int TermId(string term)
    {
        if (!termIds.TryGetValue(term, out var id))
        {
            termIds[term] = id = termIds.Count;
        }

        return id;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Insert(string sql, IReadOnlyList<string> values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        for (var i = 0; i < values.Count; i++)
        {
            id.Value = i + 1;
            text.Value = values[i];
            command.ExecuteNonQuery();
        }
    }

    private List<(long Row, string Term)> Read(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public void Dispose() => connection.Dispose();
}
