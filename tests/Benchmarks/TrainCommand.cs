using System.Globalization;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;
using NewsroomClaims.Domain.Extraction.Training;

namespace NewsroomClaims.Benchmarks;

/// <summary>Experiment harness: train with options from the command line, then score a corpus with the C# scorer.</summary>
internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        var opts = Options(args);
        var train = BratCorpus.Load(opts["train"], opts.TryGetValue("limit", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : null);
        // Unset options keep the defaults the shipped model was trained with.
        var d = new AttributionTrainingOptions();
        var options = d with
        {
            Layers = Int(opts, "layers", d.Layers),
            CueEpochs = Int(opts, "cue-epochs", d.CueEpochs),
            RoleEpochs = Int(opts, "role-epochs", d.RoleEpochs),
            InputDropout = Float(opts, "input-dropout", d.InputDropout),
            HiddenDropout = Float(opts, "hidden-dropout", d.HiddenDropout),
            RoleLearningRate = Float(opts, "role-lr", d.RoleLearningRate),
            CueLearningRate = Float(opts, "cue-lr", d.CueLearningRate),
            CueHidden = Int(opts, "cue-hidden", d.CueHidden),
            RoleHidden = Int(opts, "role-hidden", d.RoleHidden),
            VectorCache = opts.GetValueOrDefault("cache"),
        };
        var model = AttributionTrainer.Train(train, options, m => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {m}"));
        using (var f = File.Create(opts["out"]))
        {
            model.Save(f);
        }

        if (opts.TryGetValue("dev", out var dev))
        {
            Score(model, dev);
        }

        return 0;
    }

    public static int Evaluate(string[] args)
    {
        var opts = Options(args);
        AttributionModel model;
        using (var f = File.OpenRead(opts["model"]))
        {
            model = AttributionModel.Load(f);
        }

        Score(model, opts["dev"]);
        return 0;
    }

    private static void Score(AttributionModel model, string dir)
    {
        using var encoder = new MiniLmEncoder(model.Layers);
        var extractor = new AttributionExtractor(model, encoder);
        var docs = BratCorpus.Load(dir);
        var total = new AttributionScores();
        var fast = new AttributionScores();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var calibration = new List<(double, bool)>();
        foreach (var d in docs)
        {
            var result = extractor.Extract(d.Text);
            var predicted = result.Attributions.Select(AttributionTrainer.ToGold).ToList();
            total.Add(AttributionScorer.Score(d.Text, d.Attributions, predicted));
            var matched = AttributionScorer.MatchAttributions(d.Text, d.Attributions, predicted).Select(m => m.Predicted).ToHashSet();
            calibration.AddRange(result.Attributions.Select((a, i) => (a.Confidence, matched.Contains(i))));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var d in docs)
        {
            var result = extractor.Extract(d.Text, new ExtractionOptions(Mode: ExtractionMode.Fast));
            fast.Add(AttributionScorer.Score(d.Text, d.Attributions, [.. result.Attributions.Select(AttributionTrainer.ToGold)]));
        }

        Console.WriteLine($"accurate ({docs.Count / seconds:F2} docs/s):");
        Console.WriteLine(total);
        Console.WriteLine($"expected calibration error {Calibrator.ExpectedCalibrationError(calibration):F3}");
        Console.WriteLine("fast:");
        Console.WriteLine(fast);
    }

    private static int Int(Dictionary<string, string> opts, string key, int fallback) =>
        opts.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static float Float(Dictionary<string, string> opts, string key, float fallback) =>
        opts.TryGetValue(key, out var v) ? float.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string> Options(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }
}
