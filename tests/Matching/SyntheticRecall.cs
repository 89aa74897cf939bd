using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;
using NewsroomClaims.Load;

namespace NewsroomClaims.Matching;

/// <summary>
/// Recall@10 of the compact search against exact search at a million claims, on the synthetic vectors the load
/// generator stores (<see cref="SyntheticVectors"/>; tests/load/matching.sh times the API on the same ones). Exact: the
/// float vectors' cosine over every claim. Compact: as the API searches, Hamming distance over the binary codes proposes
/// candidates (shortlist 0), or a shortlist of them re-ranked against the query's floats does (the API: 2,000 re-ranked,
/// 200 kept, <c>Matching:Shortlist</c> and <c>Candidates</c>), and their int8 vectors re-score them. Also the time of
/// the in-memory search per query.
/// </summary>
internal static class SyntheticRecall
{
    private const int K = 10;

    public static int Run(int claims, int queries)
    {
        var clock = Stopwatch.StartNew();
        var dims = SentenceEmbedder.Dimensions;
        var step = claims / queries;
        var queryIndexes = Enumerable.Range(0, queries).Select(q => q * step + 7 % step).ToArray();
        var queryVectors = queryIndexes.Select(i => SyntheticVectors.Of(i, claims)).ToArray();
        var ids = new Guid[claims];
        var codes = new ulong[claims][];
        var int8 = new byte[(long)claims * dims];
        var exact = queryIndexes.Select(_ => new List<(float Score, int Index)>()).ToArray();
        var gate = new object();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, claims, 10_000), range =>
        {
            var local = queryIndexes.Select(_ => new List<(float Score, int Index)>()).ToArray();
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var v = SyntheticVectors.Of(i, claims);
                ids[i] = new Guid(i, 0, 0, new byte[8]);
                codes[i] = VectorCodes.BinaryCode(v);
                VectorCodes.Quantize(v).CopyTo(int8.AsSpan((int)((long)i * dims), dims));
                for (var q = 0; q < queries; q++)
                {
                    if (i != queryIndexes[q])
                    {
                        Keep(local[q], TensorPrimitives.Dot(queryVectors[q], v), i);
                    }
                }
            }

            lock (gate)
            {
                for (var q = 0; q < queries; q++)
                {
                    foreach (var (score, index) in local[q])
                    {
                        Keep(exact[q], score, index);
                    }
                }
            }
        });
        Console.WriteLine($"{claims} synthetic vectors and the exact top {K} of {queries} queries in {clock.Elapsed.TotalSeconds:0} s");

        var index = new CompactIndex();
        index.Reserve(claims, claims);
        for (var i = 0; i < claims; i++)
        {
            index.Upsert(ids[i], codes[i], null, i, isActive: true);
        }

        codes = [];
        var meanNeighbours = exact.Average(e => e.Average(x => x.Score));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean cosine of the exact 10 nearest {meanNeighbours:0.000}; 1st {exact.Average(e => e.Max(x => x.Score)):0.000}, 10th {exact.Average(e => e.Min(x => x.Score)):0.000}"));
        foreach (var (candidates, shortlist) in new[] { (100, 0), (200, 0), (400, 0), (100, 2000), (200, 2000), (400, 2000) })
        {
            double recall = 0;
            var scans = new List<double>();
            for (var q = 0; q < queries; q++)
            {
                var query = new[] { queryVectors[q] };
                var t = Stopwatch.GetTimestamp();
                var filter = new IndexFilter(Exclude: ids[queryIndexes[q]]);
                var found = shortlist > 0 ? index.Nearest(query, filter, candidates, shortlist) : index.Nearest(VectorCodes.Codes(query), filter, candidates);
                scans.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                var top = found.Select(Slot)
                    .OrderByDescending(i => VectorCodes.BestCosine(query, int8.AsSpan((int)((long)i * dims), dims))).Take(K);
                var truth = exact[q].Select(x => x.Index).ToHashSet();
                recall += top.Count(truth.Contains) / (double)K;
            }

            scans.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {candidates} candidates (shortlist {shortlist}) re-scored: recall@10 {recall / queries:0.000}; code scan p50 {scans[scans.Count / 2]:0.0} ms, p99 {scans[(int)(scans.Count * 0.99)]:0.0} ms (one thread)"));
        }

        Console.WriteLine($"({clock.Elapsed.TotalSeconds:0} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        return 0;
    }

    private static int Slot(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes);
    }

    /// <summary>Keeps the K best (score, index) pairs in <paramref name="best"/>.</summary>
    private static void Keep(List<(float Score, int Index)> best, float score, int index)
    {
        if (best.Count == K && score <= best[^1].Score)
        {
            return;
        }

        var at = best.FindIndex(x => x.Score < score);
        best.Insert(at < 0 ? best.Count : at, (score, index));
        if (best.Count > K)
        {
            best.RemoveAt(K);
        }
    }
}
