using System.Globalization;
using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Matching;

/// <summary>
/// How much the compact search loses on real embeddings: for sample queries, the 10 nearest claims by exact float
/// cosine (best over the parts of both) against the 10 the API's way finds (binary codes propose candidates, directly
/// or from a shortlist re-ranked against the query's floats; int8 vectors re-score them), for several candidate
/// counts. The million-claim figure is taken on synthetic vectors by
/// tests/load/matching.sh.
/// </summary>
internal static class CompactRecall
{
    public static void Report(float[][][] parts, int queries = 1000)
    {
        var index = new CompactIndex();
        var packed = new byte[parts.Length][];
        var ids = new Guid[parts.Length];
        var slot = new Dictionary<Guid, int>();
        for (var i = 0; i < parts.Length; i++)
        {
            ids[i] = Guid.CreateVersion7();
            slot[ids[i]] = i;
            var (codes, vectors) = VectorCodes.Pack(parts[i]);
            packed[i] = vectors;
            index.Upsert(ids[i], VectorCodes.CodeFromBytes(codes), null, 0, true);
        }

        var step = Math.Max(1, parts.Length / queries);
        Console.WriteLine();
        Console.WriteLine($"Compact search against exact search, real embeddings ({parts.Length} claims, {index.CodeCount} codes in the index, {parts.Length / step} queries):");
        // Shortlist 0: Hamming distance alone proposes the candidates; else the shortlist is re-ranked first, as the API does.
        foreach (var (candidates, shortlist) in new[] { (50, 0), (100, 0), (200, 0), (400, 0), (100, 2000), (200, 2000) })
        {
            double recall = 0;
            var n = 0;
            for (var q = 0; q < parts.Length; q += step)
            {
                var query = parts[q];
                var exact = Enumerable.Range(0, parts.Length).Where(i => i != q)
                    .OrderByDescending(i => query.SelectMany(a => parts[i].Select(b => TensorPrimitives.Dot(a, b))).Max()).Take(10).ToHashSet();
                var filter = new IndexFilter(Exclude: ids[q]);
                var found = (shortlist > 0 ? index.Nearest(query, filter, candidates, shortlist) : index.Nearest(VectorCodes.Codes(query), filter, candidates))
                    .Select(id => slot[id]).OrderByDescending(i => VectorCodes.BestCosine(query, packed[i])).Take(10);
                recall += found.Count(exact.Contains) / 10.0;
                n++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {candidates} candidates (shortlist {shortlist}) re-scored: recall@10 {recall / n:0.000}"));
        }
    }
}
