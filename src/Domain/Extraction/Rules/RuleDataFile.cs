using System.Globalization;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>One parsed rule data file: named sections of raw lines, read as words, numbers or pairs on demand.</summary>
internal sealed class RuleDataFile
{
    private readonly Dictionary<string, List<(int Line, string Text)>> sections;

    private RuleDataFile(string name, Dictionary<string, List<(int, string)>> sections)
    {
        Name = name;
        this.sections = sections;
    }

    public string Name { get; }

    public IEnumerable<string> Sections => sections.Keys;

    /// <summary>Splits the text into sections; comments and blank lines are dropped, a duplicate section is an error.</summary>
    public static RuleDataFile Parse(string name, TextReader reader)
    {
        var result = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        List<(int, string)>? current = null;
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var text = (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                var section = text[1..^1].Trim();
                if (section.Length == 0 || !result.TryAdd(section, current = []))
                {
                    throw Error(name, number, $"section '[{section}]' is empty-named or repeated");
                }

                continue;
            }

            if (current is null)
            {
                throw Error(name, number, "an entry comes before any [section]");
            }

            current.Add((number, text));
        }

        return new RuleDataFile(name, result);
    }

    /// <summary>Every whitespace-separated entry of the section, in file order; an entry repeated in it is an error.</summary>
    public IReadOnlyList<string> Words(string section)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, text) in Lines(section))
        {
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!seen.Add(word))
                {
                    throw Error(Name, line, $"'{word}' is listed twice in [{section}]");
                }

                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Lines of the form <c>forms : particles</c> ("talk talks : about"), each side split into words.</summary>
    public IReadOnlyList<(string[] Left, string[] Right)> Pairs(string section) =>
    [
        .. Lines(section).Select(l =>
        {
            var parts = l.Text.Split(':');
            var left = parts[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var right = parts.Length == 2 ? parts[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];
            return left.Length > 0 && right.Length > 0 ? (left, right) : throw Error(Name, l.Line, "expected 'words : words'");
        }),
    ];

    /// <summary>The value of <c>section.key</c> from a <c>key = number</c> line.</summary>
    public double Number(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            throw new ArgumentException($"'{key}' is not of the form section.key.", nameof(key));
        }

        var (section, name) = (key[..dot], key[(dot + 1)..]);
        foreach (var (line, text) in Lines(section))
        {
            var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw Error(Name, line, "expected 'key = number'");
            }

            if (parts[0] == name)
            {
                return value;
            }
        }

        throw new InvalidDataException($"{Name}: no '{name}' in [{section}].");
    }

    private List<(int Line, string Text)> Lines(string section) =>
        sections.TryGetValue(section, out var lines) ? lines : throw new InvalidDataException($"{Name}: no section [{section}].");

    private static InvalidDataException Error(string file, int line, string message) =>
        new($"{file}, line {line.ToString(CultureInfo.InvariantCulture)}: {message}.");
}
