using System.Diagnostics;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Benchmarks;

/// <summary>
/// Accurate mode's pace over the dev texts on one thread: articles per second by the wall clock and by the thread's own
/// CPU time (steadier when the machine is shared), and how much of it the MiniLM encoder takes.
/// `time-accurate [corpusDir] [modelFile]`.
/// </summary>
internal static class AccurateTimingCommand
{
    public static int Run(string? dir, string? modelFile)
    {
        AttributionModel model;
        if (modelFile is null)
        {
            model = AttributionModel.LoadEmbedded() ?? throw new InvalidOperationException("No model is embedded in this build.");
        }
        else
        {
            using var f = File.OpenRead(modelFile);
            model = AttributionModel.Load(f);
        }

        var load = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder(model.Layers);
        var extractor = new AttributionExtractor(model, encoder);
        Console.WriteLine($"encoder session created in {load.ElapsedMilliseconds} ms ({model.Layers} layers)");
        var docs = Corpus.Load(Corpus.ResolveDir(dir));
        foreach (var (_, t) in docs.Take(5))
        {
            extractor.Extract(t);
        }

        var wall = Stopwatch.StartNew();
        var cpu = CpuTime();
        foreach (var (_, t) in docs)
        {
            extractor.Extract(t);
        }

        var seconds = wall.Elapsed.TotalSeconds;
        var cpuSeconds = (CpuTime() - cpu).TotalSeconds;
        var encodeCpu = TimeSpan.Zero;
        foreach (var (_, t) in docs)
        {
            var doc = new TextDocument(t);
            var before = CpuTime();
            encoder.Encode(doc);
            encodeCpu += CpuTime() - before;
        }

        Console.WriteLine($"{docs.Count} articles: {docs.Count / seconds:F2} articles/s by wall clock, {docs.Count / cpuSeconds:F2} per CPU second; " +
            $"encoder {encodeCpu.TotalSeconds / cpuSeconds * 100:F0}% of the CPU time");
        return 0;
    }

    // The process's CPU time: the work runs on this one thread (ONNX Runtime is given one intra-op thread).
    private static TimeSpan CpuTime() => Process.GetCurrentProcess().TotalProcessorTime;
}
