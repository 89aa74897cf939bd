using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;
namespace NewsroomClaims.Matching;
/// <summary>The positives the API's scoring ranks below the top 5, with the query, the positive and what ranked first (printed, never stored).</summary>
internal static class Explain
{
    public static int Run(string root, string cache)
    {
        var all = PolnearCorpus.Load(root, "dev", "train");
        var pool = all.Where(a => a.Speaker is not null && PolnearCorpus.Words(a.Content).Count >= 3).ToList();
        pool = [.. pool.Select((a, i) => a with { Index = i })];
        var pairs = new MatchingPairs(pool);
        var vectors = EmbeddingCache.Load(pool.Select(a => a.Content).ToList(), cache);
        using var bm25 = new Bm25Baseline(pool.Select(a => a.Content).ToList());
        var sentences = pool.Select(a => Sentences.Of(a.Content)).ToList();
        var flat = sentences.SelectMany(x => x).ToList();
        var sv = EmbeddingCache.Load(flat, cache);
        var parts = new float[pool.Count][][]; var at = 0;
        for (var i = 0; i < pool.Count; i++) { parts[i] = [vectors[i], .. sv.Skip(at).Take(sentences[i].Count)]; at += sentences[i].Count; }
        foreach (var q in Enumerable.Range(0, pool.Count).Where(i => pairs.PositivesOf[i].Count > 0).Take(400))
        {
            var cos = Enumerable.Range(0, pool.Count).Select(p => pairs.Counts(q, p) ? parts[q].SelectMany(a => parts[p].Select(b => TensorPrimitives.Dot(a, b))).Max() : -9f).ToArray();
            var lex = bm25.Scores(q);
            var order = Enumerable.Range(0, pool.Count).OrderByDescending(p => cos[p]).ToList();
            var lorder = Enumerable.Range(0, pool.Count).Where(p => pairs.Counts(q, p)).OrderByDescending(p => lex.GetValueOrDefault(p)).ToList();
            foreach (var p in pairs.PositivesOf[q].Where(p => order.IndexOf(p) >= 5))
            {
                Console.WriteLine($"--- q {q} [{pool[q].Speaker}] pos {p}: cos {cos[p]:0.00} rank {order.IndexOf(p)+1}, bm25 rank {lorder.IndexOf(p)+1}; top cos {cos[order[0]]:0.00} [{pool[order[0]].Speaker}]");
                Console.WriteLine("Q: " + pool[q].Content[..Math.Min(300, pool[q].Content.Length)]);
                Console.WriteLine("P: " + pool[p].Content[..Math.Min(300, pool[p].Content.Length)]);
                Console.WriteLine("T: " + pool[order[0]].Content[..Math.Min(200, pool[order[0]].Content.Length)]);
            }
        }
        return 0;
    }
}
