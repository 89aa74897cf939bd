using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// The sentence model, loaded once per process on first use (about 2 s; ~100 MB resident) and shared: the ONNX session
/// is thread-safe and immutable, so every host in the process (the test suite starts many) uses the same one.
/// </summary>
public sealed class ClaimEmbedder(IOptions<MatchingOptions> options)
{
    private static readonly Lock Gate = new();
    private static SentenceEmbedder? shared;

    public SentenceEmbedder Model
    {
        get
        {
            if (shared is { } model)
            {
                return model;
            }

            lock (Gate)
            {
                var cache = options.Value.ModelCache;
                return shared ??= new SentenceEmbedder(threads: 1, string.IsNullOrWhiteSpace(cache) ? null : cache);
            }
        }
    }

    /// <summary>The embeddings of a text's parts: the whole text, then its sentences when it has several (see <see cref="Sentences"/>).</summary>
    public float[][] EmbedParts(string text) => Model.EmbedMany(Sentences.Parts(text));

    /// <summary>The parts of many texts embedded in shared batches, per text; batches run on up to <paramref name="threads"/> threads.</summary>
    public float[][][] EmbedParts(IReadOnlyList<string> texts, int batchSize, int threads = 1)
    {
        var parts = texts.Select(Sentences.Parts).ToList();
        var flat = parts.SelectMany(p => p).ToList();
        var vectors = new float[flat.Count][];
        var model = Model;
        Parallel.ForEach(SentenceEmbedder.Batches(flat, batchSize), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, batch =>
        {
            var embedded = model.Embed(batch.ConvertAll(i => flat[i]));
            for (var i = 0; i < batch.Count; i++)
            {
                vectors[batch[i]] = embedded[i];
            }
        });
        var result = new float[texts.Count][][];
        var at = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            result[i] = vectors[at..(at + parts[i].Count)];
            at += parts[i].Count;
        }

        return result;
    }

    /// <summary>What decides whether a claim needs a new embedding: its words, trimmed.</summary>
    public static byte[] ContentHash(string content) => SHA256.HashData(Encoding.UTF8.GetBytes(content.Trim()))[..16];
}
