using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Matching;

/// <summary>
/// Embeds the benchmark's texts on every core, once: the vectors are kept in a file named by a hash of the model and
/// the texts (under artifacts/, outside the repository), so a second run of the benchmark starts at the scoring.
/// </summary>
internal static class EmbeddingCache
{
    public static float[][] Load(IReadOnlyList<string> texts, string dir)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SentenceEmbedder.ModelName + "\0" + string.Join("\0", texts))))[..16];
        var path = Path.Combine(dir, $"embeddings-{key}.bin");
        if (File.Exists(path))
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            var stored = new float[texts.Count][];
            for (var i = 0; i < stored.Length; i++)
            {
                stored[i] = new float[SentenceEmbedder.Dimensions];
                for (var d = 0; d < SentenceEmbedder.Dimensions; d++)
                {
                    stored[i][d] = reader.ReadSingle();
                }
            }

            Console.WriteLine($"Embeddings of {texts.Count} texts read from {path}");
            return stored;
        }

        var clock = Stopwatch.StartNew();
        using var embedder = new SentenceEmbedder();
        var vectors = new float[texts.Count][];
        var batches = SentenceEmbedder.Batches(texts).ToList();
        var done = 0;
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            var embedded = embedder.Embed(batch.Select(i => texts[i]).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                vectors[batch[i]] = embedded[i];
            }

            var now = Interlocked.Add(ref done, batch.Count);
            if (now % 2048 < batch.Count)
            {
                Console.Error.WriteLine($"  embedded {now}/{texts.Count}");
            }
        });
        Console.WriteLine($"Embedded {texts.Count} texts in {clock.Elapsed.TotalSeconds:0} s on {Environment.ProcessorCount} threads");
        Directory.CreateDirectory(dir);
        using var writer = new BinaryWriter(File.Create(path));
        foreach (var vector in vectors)
        {
            foreach (var value in vector)
            {
                writer.Write(value);
            }
        }

        return vectors;
    }
}
