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

    public float[] Embed(string text) => Model.Embed(text);

    public float[][] EmbedMany(IReadOnlyList<string> texts, int batchSize) => Model.EmbedMany(texts, batchSize);

    /// <summary>What decides whether a claim needs a new embedding: its words, trimmed.</summary>
    public static byte[] ContentHash(string content) => SHA256.HashData(Encoding.UTF8.GetBytes(content.Trim()))[..16];
}
