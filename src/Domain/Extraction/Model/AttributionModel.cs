namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// The trained attribution model: which MiniLM layers feed it, how their vectors are standardised, the cue priors,
/// the two networks (cue tagger; source and content tagger given a cue), the cue threshold chosen on held-out
/// documents and the confidence calibration. One binary file, loaded once at start-up.
/// </summary>
public sealed class AttributionModel
{
    private const string Magic = "newsroom-claims/attribution-model";
    private const int Version = 2;

    internal AttributionModel(int layers, float[] mean, float[] inverseStd, CuePriors priors, Mlp cue, Mlp role, float cueBias, Calibrator calibrator)
    {
        Layers = layers;
        Mean = mean;
        InverseStd = inverseStd;
        Priors = priors;
        Cue = cue;
        Role = role;
        CueBias = cueBias;
        Calibrator = calibrator;
    }

    public int Layers { get; }

    internal float[] Mean { get; }

    internal float[] InverseStd { get; }

    internal CuePriors Priors { get; }

    internal Mlp Cue { get; }

    internal Mlp Role { get; }

    /// <summary>Added to the log-probability of "not a cue": above zero trades recall for precision.</summary>
    internal float CueBias { get; set; }

    internal Calibrator Calibrator { get; set; }

    /// <summary>How confident an attribution read from a cue only the rules proposed must be to be kept.</summary>
    internal float RuleOnlyMinConfidence { get; set; } = 1.01f;

    /// <summary>Standardises raw encoder output in place.</summary>
    internal void Standardise(float[] vectors)
    {
        var d = MiniLmEncoder.Dimensions;
        for (var at = 0; at < vectors.Length; at += d)
        {
            var v = vectors.AsSpan(at, d);
            System.Numerics.Tensors.TensorPrimitives.Subtract(v, Mean, v);
            System.Numerics.Tensors.TensorPrimitives.Multiply(v, InverseStd, v);
        }
    }

    /// <summary>The model trained by the repository's training command and embedded in this assembly; null if the build has none.</summary>
    public static AttributionModel? LoadEmbedded()
    {
        using var stream = typeof(AttributionModel).Assembly.GetManifestResourceStream(EmbeddedName);
        return stream is null ? null : Load(stream);
    }

    public const string EmbeddedName = "attribution-model.bin";

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Layers);
        WriteArray(writer, Mean);
        WriteArray(writer, InverseStd);
        Priors.Write(writer);
        Cue.Write(writer);
        Role.Write(writer);
        writer.Write(CueBias);
        WriteArray(writer, Calibrator.Weights);
        writer.Write(RuleOnlyMinConfidence);
    }

    public static AttributionModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not an attribution model file of this version.");
        }

        var layers = reader.ReadInt32();
        var mean = ReadArray(reader);
        var inverseStd = ReadArray(reader);
        var priors = CuePriors.Read(reader);
        var cue = Mlp.Read(reader);
        var role = Mlp.Read(reader);
        var bias = reader.ReadSingle();
        var calibrator = new Calibrator(ReadArray(reader));
        return new AttributionModel(layers, mean, inverseStd, priors, cue, role, bias, calibrator) { RuleOnlyMinConfidence = reader.ReadSingle() };
    }

    private static void WriteArray(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static float[] ReadArray(BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }
}
