using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// The rules' word lists and numbers, read from the text files in <c>Rules/Data</c> (embedded in the assembly, so
/// nothing is read from disk at run time). Editing a list is how most rule changes are made; the files say why
/// entries are there or left out. Each file is parsed once; callers keep what they read in static fields, so a
/// lookup during extraction is a frozen-set probe.
/// </summary>
/// <remarks>
/// Format: <c>#</c> starts a comment; <c>[name]</c> starts a section; in word sections every whitespace-separated
/// token is an entry; in <c>thresholds.txt</c> lines read <c>key = number</c> and are addressed as
/// <c>section.key</c>; in pair sections lines read <c>words : words</c>.
/// </remarks>
internal static class RuleData
{
    private static readonly ConcurrentDictionary<string, RuleDataFile> Files = new(StringComparer.Ordinal);

    /// <summary>The files the assembly embeds (names as in <c>Rules/Data</c>).</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        .. typeof(RuleData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    private const string ResourcePrefix = "NewsroomClaims.Domain.Extraction.Rules.Data.";

    public static RuleDataFile File(string name) => Files.GetOrAdd(name, Load);

    /// <summary>The entries of one section, in file order.</summary>
    public static IReadOnlyList<string> Words(string file, string section) => File(file).Words(section);

    /// <summary>A section as a case-insensitive set that can be probed with a span, without allocating.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(string file, string section, StringComparer? comparer = null) =>
        Words(file, section).ToFrozenSet(comparer ?? StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A number from <c>thresholds.txt</c>, as <c>section.key</c>.</summary>
    public static double Number(string key) => File("thresholds.txt").Number(key);

    /// <summary>A whole-number threshold (a token window) from <c>thresholds.txt</c>.</summary>
    public static int Count(string key)
    {
        var value = Number(key);
        return value == Math.Floor(value) && value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new InvalidDataException($"thresholds.txt: '{key}' must be a whole number, not {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static RuleDataFile Load(string name)
    {
        using var stream = typeof(RuleData).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidDataException($"Rule data file '{name}' is not embedded; expected src/Domain/Extraction/Rules/Data/{name}.");
        using var reader = new StreamReader(stream);
        return RuleDataFile.Parse(name, reader);
    }
}
