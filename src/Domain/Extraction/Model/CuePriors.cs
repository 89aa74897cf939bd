namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// How often each word (lower-cased) began or continued a cue in the training annotations. The contextual vectors
/// know what a word is; these counts know how annotators treated it, which for the long tail of cue verbs
/// ("reserved his passion for") is the sharper signal.
/// </summary>
internal sealed class CuePriors
{
    private readonly Dictionary<string, (int Begin, int Inside, int Total)> counts;
    private readonly Dictionary<string, (int Begin, int Inside, int Total)>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public CuePriors(Dictionary<string, (int Begin, int Inside, int Total)> counts)
    {
        this.counts = counts;
        lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CuePriors Empty { get; } = new(new Dictionary<string, (int, int, int)>(StringComparer.Ordinal));

    public int Count => counts.Count;

    /// <summary>Smoothed log-odds that the word begins a cue, that it continues one, and log frequency.</summary>
    public (float Begin, float Inside, float Frequency) Of(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var n = word[..lower.Length].ToLowerInvariant(lower);
        if (!lookup.TryGetValue(lower[..n], out var c))
        {
            c = (0, 0, 0);
        }

        return (Logit(c.Begin, c.Total), Logit(c.Inside, c.Total), MathF.Log(1 + c.Total) / 8f);
    }

    private static float Logit(int hits, int total) => MathF.Log((hits + 0.1f) / (total - hits + 1f)) / 5f;

    public void Write(BinaryWriter writer)
    {
        writer.Write(counts.Count);
        foreach (var (word, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(c.Begin);
            writer.Write(c.Inside);
            writer.Write(c.Total);
        }
    }

    public static CuePriors Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var counts = new Dictionary<string, (int, int, int)>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            counts[reader.ReadString()] = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        }

        return new CuePriors(counts);
    }
}
