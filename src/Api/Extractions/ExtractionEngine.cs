using Microsoft.Extensions.Options;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Api.Extractions;

/// <summary>Where the attribution model comes from: the one embedded in the build, or a file (to try a retrained one).</summary>
public sealed class ExtractionSettings
{
    /// <summary>Path of a model file written by `train-extractor`; empty: the model embedded in the build.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Load the model while the API starts rather than on the first accurate extraction.</summary>
    public bool LoadAtStartup { get; set; } = true;

    /// <summary>The mode of a request that names none (`Accurate`; `Fast` lets a tool that cannot send a mode score the rules).</summary>
    public ExtractionMode DefaultMode { get; set; } = ExtractionMode.Accurate;
}

/// <summary>
/// The process's one extractor. The model (a few MB) and MiniLM's ONNX session (about 70 MB) are loaded once, on first
/// use or at start-up, and shared by every request: both are read-only, and ONNX Runtime sessions run concurrently.
/// </summary>
public sealed class ExtractionEngine(IOptions<ExtractionSettings> settings, ILogger<ExtractionEngine> logger) : IDisposable
{
    private readonly Lazy<(AttributionExtractor Extractor, MiniLmEncoder? Encoder)> loaded = new(() => Load(settings.Value, logger));

    public AttributionExtractor Extractor => loaded.Value.Extractor;

    /// <summary>The mode a request gets: the one it asked for, accurate by default, fast when no model is available.</summary>
    public ExtractionMode ModeFor(ExtractionMode? requested) =>
        Extractor.HasModel ? requested ?? settings.Value.DefaultMode : ExtractionMode.Fast;

    public ExtractionResult Extract(string text, ExtractionOptions options) => Extractor.Extract(text, options);

    private static (AttributionExtractor, MiniLmEncoder?) Load(ExtractionSettings settings, ILogger logger)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        AttributionModel? model;
        if (string.IsNullOrWhiteSpace(settings.ModelPath))
        {
            model = AttributionModel.LoadEmbedded();
        }
        else
        {
            using var file = File.OpenRead(settings.ModelPath);
            model = AttributionModel.Load(file);
        }

        if (model is null)
        {
            logger.LogWarning("No attribution model is embedded in this build; extraction runs in fast mode only.");
            return (new AttributionExtractor(), null);
        }

        var encoder = new MiniLmEncoder(model.Layers);

        // Loading read the package's 90 MB model and cut it into a new graph: garbage once the session holds its
        // weights. An aggressive, compacting collection hands that memory back to the OS instead of leaving it resident.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation("Attribution model loaded in {Milliseconds} ms ({Layers} MiniLM layers).", clock.ElapsedMilliseconds, model.Layers);
        return (new AttributionExtractor(model, encoder), encoder);
    }

    public void Dispose()
    {
        if (loaded.IsValueCreated)
        {
            loaded.Value.Encoder?.Dispose();
        }
    }
}

/// <summary>Loads the model while the host starts, so the first extraction does not pay for it.</summary>
internal sealed class ExtractionWarmUp(ExtractionEngine engine, IOptions<ExtractionSettings> settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.LoadAtStartup)
        {
            _ = engine.Extractor;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
