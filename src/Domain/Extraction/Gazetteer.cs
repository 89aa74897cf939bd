using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Immutable look-up of known actors. Keys are folded with <see cref="NameKey.Of"/> so case, width and
/// apostrophe style do not matter. A bare surname ("Putin") resolves only when exactly one person owns it,
/// because guessing between two Johnsons would attach a statement to the wrong actor.
/// </summary>
public sealed class Gazetteer
{
    // Longest phrase we try to match inside a source span; names longer than this are not realistic.
    private const int MaxNgram = 6;

    private readonly Dictionary<string, GazetteerEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry?> _bySurname = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = NameKey.Of(name);
                if (key.Length == 0)
                {
                    continue;
                }

                _byKey.TryAdd(key, entry);
                if (entry.Kind == ActorKind.Person && key.LastIndexOf(' ') is var space and > 0)
                {
                    AddSurname(key[(space + 1)..], entry);
                }
            }
        }

        // A surname that is also somebody's full key (e.g. an alias) is already unambiguous via _byKey.
        foreach (var key in _bySurname.Keys.ToList())
        {
            if (_byKey.ContainsKey(key))
            {
                _bySurname.Remove(key);
            }
        }

        Count = _byKey.Values.Distinct().Count();
    }

    public static Gazetteer Empty { get; } = new([]);

    public int Count { get; }

    /// <summary>Exact name or alias, then an unambiguous surname.</summary>
    public GazetteerEntry? Resolve(string? name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var entry))
        {
            return entry;
        }

        return _bySurname.TryGetValue(key, out var bySurname) ? bySurname : null;
    }

    /// <summary>
    /// Finds a known actor named somewhere inside a phrase such as "Kremlin spokesperson Dmitry Peskov",
    /// preferring the longest (most specific) word sequence and, among equals, the right-most one because
    /// English noun phrases put the head name last.
    /// </summary>
    public GazetteerEntry? FindIn(string? phrase)
    {
        if (Count == 0 || string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var words = SplitWords(phrase);
        for (var n = Math.Min(MaxNgram, words.Count); n >= 1; n--)
        {
            for (var i = words.Count - n; i >= 0; i--)
            {
                var candidate = string.Join(' ', words.Skip(i).Take(n));
                if (Resolve(candidate) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    private static List<string> SplitWords(string phrase)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var inWord = i < phrase.Length && (char.IsLetterOrDigit(phrase[i]) || phrase[i] is '\'' or '\u2019' or '-' or '.');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(StripPossessive(phrase[start..i].TrimEnd('.')));
                start = -1;
            }
        }

        return words;
    }

    // "Putin’s" should find Putin; the possessive is not part of the name.
    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word;

    private void AddSurname(string surname, GazetteerEntry entry)
    {
        if (_bySurname.TryGetValue(surname, out var existing))
        {
            if (existing is not null && existing.ActorId != entry.ActorId)
            {
                _bySurname[surname] = null;
            }

            return;
        }

        _bySurname[surname] = entry;
    }
}
