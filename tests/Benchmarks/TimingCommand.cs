using System.Diagnostics;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Benchmarks;

/// <summary>Quick stopwatch numbers (no BenchmarkDotNet ceremony) for day-to-day checks.</summary>
internal static class TimingCommand
{
    public static int Run(string? dir)
    {
        var extractor = new AttributionExtractor();
        var docs = Corpus.Load(Corpus.ResolveDir(dir));
        var big = SyntheticText.OneMegabyte();
        for (var w = 0; w < 3; w++)
        {
            foreach (var (_, t) in docs)
            {
                extractor.Extract(t);
            }

            extractor.Extract(big);
        }

        var chars = docs.Sum(d => (long)d.Text.Length);

        // Each pass is timed on its own: on a machine shared with other work the mean wanders with the load, while the
        // best pass stays close to what a quiet core does. Both are printed.
        const int rounds = 30;
        var passes = new double[rounds];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = new Stopwatch();
        for (var r = 0; r < rounds; r++)
        {
            sw.Restart();
            foreach (var (_, t) in docs)
            {
                extractor.Extract(t);
            }

            passes[r] = sw.Elapsed.TotalSeconds;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var mean = passes.Average();
        var best = passes.Min();
        Console.WriteLine($"dev corpus: {docs.Count} docs, {chars / 1e6:F2} M chars, {mean * 1000:F1} ms/pass, {chars / 1e6 / mean:F2} MB/s (chars; best pass {chars / 1e6 / best:F2} MB/s), {allocated / rounds / docs.Count / 1024.0:F1} KB allocated/doc");
        sw.Restart();
        var n = extractor.Extract(big).Attributions.Count;
        Console.WriteLine($"synthetic {big.Length / 1e6:F2} M chars: {sw.ElapsedMilliseconds} ms, {n} attributions");
        return 0;
    }
}
