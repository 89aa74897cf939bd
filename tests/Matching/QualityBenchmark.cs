using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;


namespace NewsroomClaims.Matching;

/// <summary>
/// Claim matching on PolNeAR, embedding against bm25 on the same pairs. The pool is every attribution of train and dev
/// with a speaker key; each attribution of a split is asked against the whole pool (other articles only). Ranking:
/// recall@5 over the queries that have a positive, counting up to 5 positives each (a query with 2 positives that finds
/// both scores 1), over all speakers and over the query's speaker only (as <c>similar?speaker=</c> and the statement
/// grouping see it). Pairs: precision and recall at a threshold chosen on train (best F0.5: a wrong merge costs an
/// editor more than a missed one) and applied to dev; bm25 scores are divided by the query's score against itself so one
/// threshold can serve every query.
/// </summary>
internal static class QualityBenchmark
{
    private const int K = 5;
    private const int Methods = 3;

    public static int Run(string root, string cacheDir)
    {
        var clock = Stopwatch.StartNew();
        var all = PolnearCorpus.Load(root, "dev", "train");
        var pool = all.Where(a => a.Speaker is not null && PolnearCorpus.Words(a.Content).Count >= 3).ToList();
        pool = [.. pool.Select((a, i) => a with { Index = i })];
        var pairs = new MatchingPairs(pool);
        Console.WriteLine($"PolNeAR at {root}: {all.Count} attributions, {pool.Count} with a speaker key in the pool " +
            $"({pool.Count(a => a.Split == "dev")} dev, {pool.Count(a => a.Split == "train")} train), {pool.Select(a => a.Speaker).Distinct().Count()} speakers; " +
            $"{pairs.PositiveCount} positive pairs, {pairs.IdenticalCount} word-for-word repeats left out");

        var vectors = EmbeddingCache.Load(pool.Select(a => a.Content).ToList(), cacheDir);
        var sentences = pool.Select(a => Sentences.Parts(a.Content).Skip(1).ToList()).ToList();
        var flat = sentences.SelectMany(x => x).ToList();
        var sentenceVectors = flat.Count > 0 ? EmbeddingCache.Load(flat, cacheDir) : [];
        var parts = new float[pool.Count][][];
        var at = 0;
        for (var i = 0; i < pool.Count; i++)
        {
            parts[i] = [vectors[i], .. sentenceVectors.Skip(at).Take(sentences[i].Count)];
            at += sentences[i].Count;
        }

        Console.WriteLine($"{sentences.Count(x => x.Count > 0)} contents have two or more sentences ({flat.Count} sentences embedded on their own)");
        using var bm25 = new Bm25Baseline(pool.Select(a => a.Content).ToList());
        var sample = Enumerable.Range(0, pool.Count).Where(i => i % 97 == 0).Take(40).ToList();
        Console.WriteLine($"bm25 computed here vs SQLite FTS5 bm25() on {sample.Count} queries: largest difference {bm25.Verify(sample):G3}");

        var results = new Dictionary<string, SplitResult>();
        foreach (var split in new[] { "train", "dev" })
        {
            results[split] = Evaluate(pool, pairs, vectors, parts, bm25, split);
        }

        Report(results);
        CompactRecall.Report(parts);
        Console.WriteLine($"({clock.Elapsed.TotalSeconds:0} s)");
        return 0;
    }

    private sealed class SplitResult
    {
        public int Queries;
        public int QueriesWithPositive;
        public int Positives;
        public readonly double[] RecallAll = new double[Methods];
        public readonly double[] RecallSpeaker = new double[Methods];
        public readonly PairScores[] AllPairs = [new(-1, 1), new(0, 1.5), new(-1, 1)];
        public readonly PairScores[] SpeakerPairs = [new(-1, 1), new(0, 1.5), new(-1, 1)];
    }

    private static SplitResult Evaluate(List<Attribution> pool, MatchingPairs pairs, float[][] vectors, float[][][] parts, Bm25Baseline bm25, string split)
    {
        var result = new SplitResult();
        var queries = pool.Where(a => a.Split == split).Select(a => a.Index).ToList();
        var gate = new object();
        Parallel.ForEach(queries, q =>
        {
            var embedding = new double[pool.Count];
            for (var p = 0; p < pool.Count; p++)
            {
                embedding[p] = TensorPrimitives.Dot(vectors[q], vectors[p]);
            }

            var best = new double[pool.Count];
            for (var p = 0; p < pool.Count; p++)
            {
                var max = -1.0;
                foreach (var a in parts[q])
                {
                    foreach (var b in parts[p])
                    {
                        max = Math.Max(max, TensorPrimitives.Dot(a, b));
                    }
                }

                best[p] = max;
            }

            var lexical = bm25.Scores(q);
            var self = Math.Max(lexical.GetValueOrDefault(q), 1e-9);
            var candidates = Enumerable.Range(0, pool.Count).Where(p => pairs.Counts(q, p)).ToList();
            var positives = pairs.PositivesOf[q];
            var local = new SplitResult();
            for (var m = 0; m < Methods; m++)
            {
                Func<int, double> score = m switch { 0 => p => embedding[p], 1 => p => lexical.GetValueOrDefault(p) / self, _ => p => best[p] };
                foreach (var p in candidates)
                {
                    var positive = pairs.IsPositive(q, p);
                    local.AllPairs[m].Add(score(p), positive);
                    if (pool[p].Speaker == pool[q].Speaker)
                    {
                        local.SpeakerPairs[m].Add(score(p), positive);
                    }
                }

                if (positives.Count > 0)
                {
                    local.RecallAll[m] = RecallAt(candidates, score, positives);
                    local.RecallSpeaker[m] = RecallAt(candidates.Where(p => pool[p].Speaker == pool[q].Speaker).ToList(), score, positives);
                }
            }

            lock (gate)
            {
                result.Queries++;
                if (positives.Count > 0)
                {
                    result.QueriesWithPositive++;
                    result.Positives += positives.Count;
                    for (var m = 0; m < Methods; m++)
                    {
                        result.RecallAll[m] += local.RecallAll[m];
                        result.RecallSpeaker[m] += local.RecallSpeaker[m];
                    }
                }

                for (var m = 0; m < Methods; m++)
                {
                    result.AllPairs[m].Merge(local.AllPairs[m]);
                    result.SpeakerPairs[m].Merge(local.SpeakerPairs[m]);
                }
            }
        });

        for (var m = 0; m < Methods; m++)
        {
            result.RecallAll[m] /= Math.Max(result.QueriesWithPositive, 1);
            result.RecallSpeaker[m] /= Math.Max(result.QueriesWithPositive, 1);
        }

        return result;
    }

    /// <summary>Share of the query's positives (up to <see cref="K"/> of them) among its <see cref="K"/> best candidates.</summary>
    private static double RecallAt(List<int> candidates, Func<int, double> score, List<int> positives)
    {
        var top = candidates.OrderByDescending(score).ThenBy(p => p).Take(K).ToHashSet();
        return (double)positives.Count(top.Contains) / Math.Min(positives.Count, K);
    }

    private static void Report(Dictionary<string, SplitResult> results)
    {
        string[] methods = ["embedding of the whole content (all-MiniLM-L6-v2, cosine)", "bm25 (FTS5, normalised by self-score)", "embedding, best of whole content and sentences (as the API scores)"];
        foreach (var (split, r) in results)
        {
            Console.WriteLine();
            Console.WriteLine($"{split}: {r.Queries} queries against the pool, {r.QueriesWithPositive} with a positive ({r.Positives} positive pairs seen from them)");
        }

        Console.WriteLine();
        Console.WriteLine("| method | split | recall@5, all speakers | recall@5, same speaker | threshold (train, F0.5), all pairs | precision / recall at it | threshold (train, F0.5), same-speaker pairs | precision / recall at it |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        for (var m = 0; m < Methods; m++)
        {
            var all = results["train"].AllPairs[m].BestThreshold(0.5);
            var speaker = results["train"].SpeakerPairs[m].BestThreshold(0.5);
            foreach (var (split, r) in results)
            {
                var a = r.AllPairs[m].At(all);
                var s = r.SpeakerPairs[m].At(speaker);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {methods[m]} | {split} | {r.RecallAll[m]:0.000} | {r.RecallSpeaker[m]:0.000} | {all:0.000} | {a.Precision:0.000} / {a.Recall:0.000} ({a.TruePositives} of {a.Predicted}) | {speaker:0.000} | {s.Precision:0.000} / {s.Recall:0.000} ({s.TruePositives} of {s.Predicted}) |"));
            }
        }

        Console.WriteLine();
        foreach (var split in results.Keys)
        {
            var r = results[split];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split}: recall@5, embedding as the API scores minus bm25: {r.RecallAll[2] - r.RecallAll[1]:+0.000;-0.000} (all speakers), {r.RecallSpeaker[2] - r.RecallSpeaker[1]:+0.000;-0.000} (same speaker)"));
        }

        Console.WriteLine();
        Console.WriteLine("Precision / recall on same-speaker pairs at fixed thresholds (the statement grouping's choice), embedding as the API scores | bm25:");
        foreach (var threshold in new[] { 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 })
        {
            var line = string.Join("  ", results.Select(r =>
            {
                var (p, rec, tp, predicted) = r.Value.SpeakerPairs[2].At(threshold);
                var (bp, brec, btp, bpredicted) = r.Value.SpeakerPairs[1].At(threshold);
                return string.Create(CultureInfo.InvariantCulture, $"{r.Key} {p:0.000} / {rec:0.000} ({tp} of {predicted}) | {bp:0.000} / {brec:0.000} ({btp} of {bpredicted})");
            }));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  >= {threshold:0.00}: {line}"));
        }
    }
}
