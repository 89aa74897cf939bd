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
        const int rounds = 10;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (_, t) in docs)
            {
                extractor.Extract(t);
            }
        }

        sw.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / rounds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var seconds = sw.Elapsed.TotalSeconds / rounds;
        Console.WriteLine($"dev corpus: {docs.Count} docs, {chars / 1e6:F2} M chars, {seconds * 1000:F1} ms/pass, {chars / 1e6 / seconds:F2} MB/s (chars), {chars / 1e6 / cpu:F2} MB/s per CPU second (steadier when the machine is shared), {allocated / rounds / docs.Count / 1024.0:F1} KB allocated/doc");
        sw.Restart();
        var n = extractor.Extract(big).Attributions.Count;
        Console.WriteLine($"synthetic {big.Length / 1e6:F2} M chars: {sw.ElapsedMilliseconds} ms, {n} attributions");
        return 0;
    }
}
