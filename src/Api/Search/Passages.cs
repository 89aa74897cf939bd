using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// Cuts the passage shown with a search hit, in the API for both databases. On PostgreSQL ts_headline parsed and stemmed
/// the whole text of each of the page's rows inside the database, ~12% of the search statement, and the database is
/// what runs out of CPU under load; on SQLite snippet() re-ran the query for each row. Here a word is stemmed only when
/// it could match (its first letter is a query lexeme's), with the Snowball English stemmer PostgreSQL's 'english'
/// configuration uses, so the marks agree with what PostgreSQL matched (it hands out the lexemes itself, stop words
/// dropped); for SQLite the query words are stemmed here (<see cref="Stems"/>).
/// </summary>
public static class Passages
{
    /// <summary>Words in a passage, as ts_headline's MaxWords and SQLite's snippet() were given before.</summary>
    public const int MaxWords = 32;

    /// <summary>Words shown before the first match of a passage, so the match is read in its sentence.</summary>
    private const int Lead = 4;

    private const string Ellipsis = "…";

    [ThreadStatic]
    private static EnglishStemmer? stemmer;

    /// <summary>
    /// The passage of <paramref name="body"/> (else of <paramref name="title"/> when the body has none of the
    /// words) with the most distinct query lexemes, and a second one when it adds lexemes the first lacks; matched
    /// words are wrapped in <see cref="Snippets.Start"/> and <see cref="Snippets.Stop"/>.
    /// </summary>
    public static string Cut(string title, string body, IReadOnlyCollection<string> lexemes)
    {
        var words = Words(body, lexemes);
        if (!words.Any(w => w.Lexeme >= 0))
        {
            (body, words) = (title, Words(title, lexemes));
        }

        var first = Best(words, covered: 0, after: null);
        int[] starts = first is not { } start ? [0]
            : Best(words, Window(words, start).Found, after: start) is { } next ? [Math.Min(start, next), Math.Max(start, next)]
            : [start];
        var passage = string.Join($" {Ellipsis} ", starts.Select(s => Render(body, words, s, Math.Min(words.Count, s + MaxWords))));
        return (starts[0] > 0 ? $"{Ellipsis} " : "") + passage + (starts[^1] + MaxWords < words.Count ? $" {Ellipsis}" : "");
    }

    /// <summary>
    /// The query words' stems, for a database that does not hand out its own lexemes (SQLite: FTS5 stems with the
    /// older Porter algorithm, which agrees with Snowball on most words; where they differ a word goes unmarked).
    /// </summary>
    public static IReadOnlyCollection<string> Stems(IEnumerable<string> words) =>
        words.Select(w => Stem(w)).Distinct().ToList();

    /// <summary>A word of the text: where it is, and which lexeme it matches (-1 for none).</summary>
    private readonly record struct Word(int Start, int End, int Lexeme);

    /// <summary>The text's words, split as a query's words are (<see cref="SearchQuery.WordPattern"/>).</summary>
    private static List<Word> Words(string text, IReadOnlyCollection<string> lexemes)
    {
        var words = new List<Word>();
        foreach (var word in SearchQuery.WordPattern().EnumerateMatches(text))
        {
            words.Add(new Word(word.Index, word.Index + word.Length, Match(text.AsSpan(word.Index, word.Length), lexemes)));
        }

        return words;
    }

    /// <summary>
    /// The index of the lexeme the word stems to, or -1. Snowball never changes a word's first letter nor makes it
    /// longer, so most words are ruled out before stemming.
    /// </summary>
    private static int Match(ReadOnlySpan<char> word, IReadOnlyCollection<string> lexemes)
    {
        var index = 0;
        string? stem = null;
        foreach (var lexeme in lexemes.Take(64))
        {
            if (lexeme.Length <= word.Length && char.ToLowerInvariant(word[0]) == lexeme[0])
            {
                stem ??= Stem(word);
                if (stem == lexeme)
                {
                    return index;
                }
            }

            index++;
        }

        return -1;
    }

    private static string Stem(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>
    /// The start of the window of <see cref="MaxWords"/> words, opening <see cref="Lead"/> words before a match, that
    /// holds the most lexemes outside <paramref name="covered"/> (then the most matches, then the earliest); windows
    /// overlapping the one at <paramref name="after"/> are skipped. Null when no window adds a lexeme.
    /// </summary>
    private static int? Best(List<Word> words, long covered, int? after)
    {
        int? best = null;
        (int Lexemes, int Matches) bestScore = (0, 0);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Lexeme < 0)
            {
                continue;
            }

            var start = Math.Max(0, Math.Min(i - Lead, words.Count - MaxWords));
            if (after is { } taken && start < taken + MaxWords && taken < start + MaxWords)
            {
                continue;
            }

            var (found, matches) = Window(words, start, covered);
            var score = (Lexemes: (int)long.PopCount(found), Matches: matches);
            if (score.Lexemes > bestScore.Lexemes || (score.Lexemes == bestScore.Lexemes && score.Lexemes > 0 && score.Matches > bestScore.Matches))
            {
                (best, bestScore) = (start, score);
            }
        }

        return best;
    }

    /// <summary>
    /// The lexemes outside <paramref name="covered"/> matched inside the window at <paramref name="start"/>, as bits
    /// (only the first 64 lexemes are ever matched), and how many of its words match.
    /// </summary>
    private static (long Found, int Matches) Window(List<Word> words, int start, long covered = 0)
    {
        var (found, matches) = (0L, 0);
        for (var i = start; i < Math.Min(words.Count, start + MaxWords); i++)
        {
            if (words[i].Lexeme >= 0)
            {
                found |= 1L << words[i].Lexeme;
                matches++;
            }
        }

        return (found & ~covered, matches);
    }

    /// <summary>The text from word <paramref name="from"/> to before word <paramref name="to"/>, matches marked.</summary>
    private static string Render(string text, List<Word> words, int from, int to)
    {
        if (from >= to)
        {
            return "";
        }

        // A passage that reaches an end of the text keeps what lies beyond its outer word (quotes, a full stop).
        var passage = new System.Text.StringBuilder();
        var at = from == 0 ? 0 : words[from].Start;
        for (var i = from; i < to; i++)
        {
            var word = words[i];
            passage.Append(text, at, word.Start - at);
            if (word.Lexeme >= 0)
            {
                passage.Append(Snippets.Start).Append(text, word.Start, word.End - word.Start).Append(Snippets.Stop);
            }
            else
            {
                passage.Append(text, word.Start, word.End - word.Start);
            }

            at = word.End;
        }

        return (to == words.Count ? passage.Append(text, at, text.Length - at) : passage).ToString();
    }
}
