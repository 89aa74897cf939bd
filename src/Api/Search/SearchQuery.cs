using System.Text;
using System.Text.RegularExpressions;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// A user's query reduced to what both engines can express safely: alternatives (OR) of clauses, each
/// requiring some terms and excluding others; a term is one word or a quoted phrase. Words are runs of
/// letters, digits and marks, so quotes, operators, emoji and stray punctuation can never reach an engine's
/// query syntax: every engine renders the words back quoted.
/// </summary>
public sealed partial class SearchQuery
{
    public const int MaxWords = 32;

    private SearchQuery(IReadOnlyList<Clause> clauses) => Clauses = clauses;

    /// <summary>Terms that must all appear, and terms that must not.</summary>
    public sealed record Clause(IReadOnlyList<IReadOnlyList<string>> Required, IReadOnlyList<IReadOnlyList<string>> Excluded);

    /// <summary>The alternatives; only clauses with at least one required term are kept.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    public bool HasWords => Clauses.Count > 0;

    /// <summary>Every word a match must hold in some clause: what a passage marks.</summary>
    public IEnumerable<string> RequiredWords => Clauses.SelectMany(c => c.Required).SelectMany(t => t);

    public int WordCount => Clauses.Sum(c => c.Required.Sum(t => t.Count) + c.Excluded.Sum(t => t.Count));

    public static SearchQuery Parse(string text)
    {
        var clauses = new List<Clause>();
        var required = new List<IReadOnlyList<string>>();
        var excluded = new List<IReadOnlyList<string>>();
        foreach (Match token in TokenPattern().Matches(text))
        {
            var negated = token.Groups["neg"].Success;
            var raw = token.Groups["phrase"].Success ? token.Groups["phrase"].Value : token.Groups["word"].Value;
            if (!token.Groups["phrase"].Success && !negated && raw.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                Close();
                continue;
            }

            var words = WordPattern().Matches(raw).Select(m => m.Value).ToList();
            if (words.Count > 0)
            {
                (negated ? excluded : required).Add(words);
            }
        }

        Close();
        return new SearchQuery(clauses);

        void Close()
        {
            if (required.Count > 0)
            {
                clauses.Add(new Clause([.. required], [.. excluded]));
            }

            required.Clear();
            excluded.Clear();
        }
    }

    /// <summary>FTS5 syntax: every term a quoted string (a phrase when it has several words).</summary>
    public string ToFts5() => string.Join(" OR ", Clauses.Select(clause =>
    {
        var expression = "(" + string.Join(" AND ", clause.Required.Select(Fts5Term)) + ")";
        return clause.Excluded.Aggregate(expression, (current, term) => $"({current} NOT {Fts5Term(term)})");
    }));

    /// <summary>
    /// The terms of <see cref="ToFts5"/> in the order they appear in it, which is the order FTS5 numbers its phrases
    /// (ranking passes one document count per phrase in that order).
    /// </summary>
    public IEnumerable<string> Fts5Phrases() =>
        Clauses.SelectMany(clause => clause.Required.Concat(clause.Excluded)).Select(Fts5Term);

    /// <summary>The same query in websearch_to_tsquery syntax, which never rejects its input.</summary>
    public string ToWebSearch()
    {
        var text = new StringBuilder();
        foreach (var clause in Clauses)
        {
            if (text.Length > 0)
            {
                text.Append(" or ");
            }

            text.AppendJoin(' ', clause.Required.Select(WebTerm));
            foreach (var term in clause.Excluded)
            {
                text.Append(" -").Append(WebTerm(term));
            }
        }

        return text.ToString();
    }

    private static string Fts5Term(IReadOnlyList<string> words) => "\"" + string.Join(' ', words) + "\"";

    private static string WebTerm(IReadOnlyList<string> words) => words.Count == 1 ? words[0] : "\"" + string.Join(' ', words) + "\"";

    /// <summary>A quoted phrase (the closing quote optional), or a run of non-space characters; either may start with '-'.</summary>
    [GeneratedRegex("""(?<neg>-)?(?:"(?<phrase>[^"]*)"?|(?<word>[^\s"]+))""")]
    private static partial Regex TokenPattern();

    /// <summary>A word: a run of letters, digits and marks (also how <see cref="Passages"/> splits a text).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    internal static partial Regex WordPattern();
}
