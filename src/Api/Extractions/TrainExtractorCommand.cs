using System.Globalization;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;
using NewsroomClaims.Domain.Extraction.Training;

namespace NewsroomClaims.Api.Extractions;

/// <summary>
/// `dotnet run -c Release --project src/Api -- train-extractor [--corpus DIR] [--out FILE] [--dev DIR] [--layers N]`
/// (relative paths from the repository's root): trains the
/// attribution model from scratch on a brat corpus (PolNeAR train by default) with fixed seeds, writes the model file
/// that the build embeds, and with --dev prints the C# scorer's figures on another corpus. Needs no database.
/// </summary>
internal static class TrainExtractorCommand
{
    public const string Verb = "train-extractor";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Verb;

    public static int Run(string[] args)
    {
        var options = Parse(args);
        var corpus = FromRepo(options.GetValueOrDefault("corpus") ?? Path.Combine("..", "shared", "data", "polnear", "train"));
        var output = FromRepo(options.GetValueOrDefault("out") ?? Path.Combine("src", "Domain", "Extraction", "Model", AttributionModel.EmbeddedName));
        if (!Directory.Exists(Path.Combine(corpus, "text")))
        {
            Console.Error.WriteLine($"No brat corpus at {corpus} (expected text/ and attributions/); pass --corpus DIR.");
            return 2;
        }

        var training = new AttributionTrainingOptions();
        if (options.TryGetValue("layers", out var layers))
        {
            training = training with { Layers = int.Parse(layers, CultureInfo.InvariantCulture) };
        }

        var documents = BratCorpus.Load(corpus);
        Console.WriteLine($"training on {documents.Count} documents from {corpus}");
        var model = AttributionTrainer.Train(documents, training, m => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {m}"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            model.Save(file);
        }

        Console.WriteLine($"model written to {output} ({new FileInfo(output).Length:N0} bytes)");
        if (options.TryGetValue("dev", out var dev))
        {
            dev = FromRepo(dev);
            using var encoder = new MiniLmEncoder(model.Layers);
            var extractor = new AttributionExtractor(model, encoder);
            var total = new AttributionScores();
            foreach (var d in BratCorpus.Load(dev))
            {
                var result = extractor.Extract(d.Text);
                total.Add(AttributionScorer.Score(d.Text, d.Attributions, [.. result.Attributions.Select(AttributionTrainer.ToGold)]));
            }

            Console.WriteLine($"scores on {dev}:");
            Console.WriteLine(total);
        }

        return 0;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }

    // Relative paths are read from the repository's root: `dotnet run --project src/Api` starts the app in src/Api, not
    // where the command was typed, so a path relative to the working directory would point inside the project.
    private static string FromRepo(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsroomClaims.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, path));
            }
        }

        return Path.GetFullPath(path);
    }
}
