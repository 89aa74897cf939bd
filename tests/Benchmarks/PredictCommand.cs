using System.Diagnostics;
using System.Text.Json;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Benchmarks;

/// <summary>Writes NAME.json predictions in the scorer's format for every corpusDir/text/NAME.txt.</summary>
internal static class PredictCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Run(string corpusDir, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var extractor = new AttributionExtractor();
        var docs = Corpus.Load(corpusDir);
        var sw = Stopwatch.StartNew();
        var count = 0;
        foreach (var (name, text) in docs)
        {
            var result = extractor.Extract(text);
            var body = new
            {
                attributions = result.Attributions.Select(a => new
                {
                    a.Id,
                    Kind = a.Kind.ToString(),
                    source = a.Source,
                    cue = a.Cue,
                    content = a.Content,
                    speaker = a.Speaker,
                    a.ReportedBy,
                    a.Confidence,
                }),
            };
            File.WriteAllText(Path.Combine(outDir, name + ".json"), JsonSerializer.Serialize(body, Json));
            count += result.Attributions.Count;
        }

        Console.WriteLine($"{docs.Count} documents, {count} attributions, {sw.ElapsedMilliseconds} ms");
        return 0;
    }
}
