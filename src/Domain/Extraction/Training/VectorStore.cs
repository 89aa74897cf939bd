using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>Raw encoder vectors for every training document, computed in parallel and optionally cached on disk.</summary>
internal static class VectorStore
{
    public static Dictionary<string, float[]> Encode(
        MiniLmEncoder encoder, IReadOnlyList<GoldDocument> docs, Dictionary<string, TextDocument> texts, AttributionTrainingOptions options, Action<string> log)
    {
        var result = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var done = 0;
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, d =>
        {
            var vectors = Cached(options.VectorCache, d, encoder.Layers) ?? encoder.Encode(texts[d.Name]);
            Store(options.VectorCache, d, encoder.Layers, vectors);
            lock (result)
            {
                result[d.Name] = vectors;
                if (++done % 100 == 0)
                {
                    log($"encoded {done}/{docs.Count}");
                }
            }
        });
        return result;
    }

    private static string? PathFor(string? cache, GoldDocument d, int layers) =>
        cache is null ? null : Path.Combine(cache, $"{d.Name}.{layers}.{d.Text.Length}.f32");

    private static float[]? Cached(string? cache, GoldDocument d, int layers)
    {
        var path = PathFor(cache, d, layers);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var vectors = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, vectors, 0, bytes.Length);
        return vectors;
    }

    private static void Store(string? cache, GoldDocument d, int layers, float[] vectors)
    {
        var path = PathFor(cache, d, layers);
        if (path is null || File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(cache!);
        var bytes = new byte[vectors.Length * sizeof(float)];
        Buffer.BlockCopy(vectors, 0, bytes, 0, bytes.Length);
        File.WriteAllBytes(path, bytes);
    }
}
