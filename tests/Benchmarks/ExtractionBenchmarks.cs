using BenchmarkDotNet.Attributes;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Benchmarks;

/// <summary>
/// Throughput over the PolNeAR dev texts (loaded at run time) and over a synthetic 1 MB text.
/// Fast mode: MB/s = corpus size / mean of <see cref="WholeDevCorpus"/>; allocations per document = allocated / document
/// count. Accurate mode (the embedded model, one ONNX thread, so one core): articles per second = documents / mean of
/// <see cref="WholeDevCorpusAccurate"/>.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks : IDisposable
{
    private readonly AttributionExtractor _extractor = new();
    private readonly MiniLmEncoder? _encoder;
    private readonly AttributionExtractor? _accurate;

    public ExtractionBenchmarks()
    {
        if (AttributionModel.LoadEmbedded() is { } model)
        {
            _encoder = new MiniLmEncoder(model.Layers);
            _accurate = new AttributionExtractor(model, _encoder);
        }
    }
    private IReadOnlyList<(string Name, string Text)> _docs = [];
    private string _oneMegabyte = "";

    [GlobalSetup]
    public void Setup()
    {
        _docs = Corpus.Load(Corpus.ResolveDir());
        _oneMegabyte = SyntheticText.OneMegabyte();
        var chars = _docs.Sum(d => (long)d.Text.Length);
        Console.WriteLine($"// corpus: {_docs.Count} documents, {chars} chars ({chars * 2 / 1e6:F2} MB UTF-16, ~{chars / 1e6:F2} MB text)");
    }

    [Benchmark(Description = "dev corpus (all documents)")]
    public int WholeDevCorpus()
    {
        var n = 0;
        foreach (var (_, text) in _docs)
        {
            n += _extractor.Extract(text).Attributions.Count;
        }

        return n;
    }

    [Benchmark(Description = "synthetic 1 MB text")]
    public int OneMegabyte() => _extractor.Extract(_oneMegabyte).Attributions.Count;

    [Benchmark(Description = "dev corpus, accurate mode (all documents)")]
    public int WholeDevCorpusAccurate()
    {
        var extractor = _accurate ?? throw new InvalidOperationException("No model is embedded in this build.");
        var n = 0;
        foreach (var (_, text) in _docs)
        {
            n += extractor.Extract(text).Attributions.Count;
        }

        return n;
    }

    public void Dispose()
    {
        _encoder?.Dispose();
        GC.SuppressFinalize(this);
    }
}
