using System.Diagnostics;
using System.Globalization;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Matching;

/// <summary>
/// Embedding throughput per core on real claim contents (PolNeAR dev's attributions, as they vary in length): one
/// ONNX thread, batches of 32 texts of similar length as the API's queue runs them, then one text at a time as
/// <c>claim-matches</c> embeds its query. Also the process's memory with the model loaded.
/// </summary>
internal static class Throughput
{
    public static int Run(string root)
    {
        var texts = PolnearCorpus.Load(root, "dev").Select(a => a.Content).Where(c => c.Length > 0).ToList();
        var clock = Stopwatch.StartNew();
        using var embedder = new SentenceEmbedder(threads: 1);
        Console.WriteLine($"Model loaded in {clock.Elapsed.TotalSeconds:0.0} s; {texts.Count} texts, mean {texts.Average(t => t.Length):0} characters");
        embedder.EmbedMany(texts.Take(64).ToList());

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        embedder.EmbedMany(texts, batchSize: 32);
        var wall = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batches of 32, 1 thread: {texts.Count / wall:0} claims/s wall, {texts.Count / cpuSeconds:0} claims per CPU second ({wall:0.0} s wall, {cpuSeconds:0.0} s CPU)"));

        var single = texts.Take(300).ToList();
        var latencies = new List<double>();
        foreach (var text in single)
        {
            var t = Stopwatch.GetTimestamp();
            embedder.Embed(text);
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one text at a time: p50 {latencies[latencies.Count / 2]:0.0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resident memory with the model loaded: {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:0} MB; CPU pressure from other work is not excluded (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
        return 0;
    }
}
