using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;
namespace NewsroomClaims.Matching;
/// <summary>
/// Same-speaker pairs scoring in [lo, hi) as the API scores them, with how many the benchmark labels positive, and 25 of
/// them at random (fixed seed) to read: how the statement threshold was judged against the labels' gaps.
/// </summary>
internal static class Audit
{
    public static int Run(string root, string cache, double lo, double hi)
    {
        var all = PolnearCorpus.Load(root, "dev", "train");
        var pool = all.Where(a => a.Speaker is not null && PolnearCorpus.Words(a.Content).Count >= 3).ToList();
        pool = [.. pool.Select((a, i) => a with { Index = i })];
        var pairs = new MatchingPairs(pool);
        var vectors = EmbeddingCache.Load(pool.Select(a => a.Content).ToList(), cache);
        var sentences = pool.Select(a => Sentences.Of(a.Content)).ToList();
        var sv = EmbeddingCache.Load(sentences.SelectMany(x => x).ToList(), cache);
        var parts = new float[pool.Count][][]; var at = 0;
        for (var i = 0; i < pool.Count; i++) { parts[i] = [vectors[i], .. sv.Skip(at).Take(sentences[i].Count)]; at += sentences[i].Count; }
        var found = new List<(int, int, float)>();
        var bySpeaker = pool.GroupBy(a => a.Speaker).Where(g => g.Count() > 1);
        foreach (var g in bySpeaker) { var m = g.ToList(); for (var x = 0; x < m.Count; x++) for (var y = x + 1; y < m.Count; y++) {
            var a = m[x].Index; var b = m[y].Index; if (!pairs.Counts(a, b)) continue;
            var s = parts[a].SelectMany(u => parts[b].Select(v => TensorPrimitives.Dot(u, v))).Max();
            if (s >= lo && s < hi) found.Add((a, b, s)); } }
        Console.WriteLine($"{found.Count} same-speaker pairs in [{lo}, {hi}); positives among them: {found.Count(f => pairs.IsPositive(f.Item1, f.Item2))}");
        var rnd = new Random(11);
        foreach (var (a, b, s) in found.OrderBy(_ => rnd.Next()).Take(25))
        {
            Console.WriteLine($"--- {s:0.00} [{pool[a].Speaker}] positive={pairs.IsPositive(a, b)}");
            Console.WriteLine("A: " + pool[a].Content[..Math.Min(220, pool[a].Content.Length)]);
            Console.WriteLine("B: " + pool[b].Content[..Math.Min(220, pool[b].Content.Length)]);
        }
        return 0;
    }
}
