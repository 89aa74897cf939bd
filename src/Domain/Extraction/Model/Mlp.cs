using System.Numerics.Tensors;

namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// A one-hidden-layer perceptron with a softmax output: the learned part of every model stage. Written here because
/// none of the served libraries trains a small dense network (ML.NET's trainers are linear or trees, TorchSharp does
/// not load on Debian 12); the arithmetic is <see cref="TensorPrimitives"/>. Immutable once trained, so concurrent
/// requests share it without locks.
/// </summary>
internal sealed class Mlp
{
    public Mlp(int inputs, int hidden, int outputs)
    {
        Inputs = inputs;
        Hidden = hidden;
        Outputs = outputs;
        W1 = new float[hidden * inputs];
        B1 = new float[hidden];
        W2 = new float[outputs * hidden];
        B2 = new float[outputs];
    }

    public int Inputs { get; }

    public int Hidden { get; }

    public int Outputs { get; }

    /// <summary>[hidden, inputs], row per hidden unit.</summary>
    public float[] W1 { get; }

    public float[] B1 { get; }

    /// <summary>[outputs, hidden].</summary>
    public float[] W2 { get; }

    public float[] B2 { get; }

    /// <summary>Class probabilities for one input row; <paramref name="hidden"/> is scratch of length <see cref="Hidden"/>.</summary>
    public void Predict(ReadOnlySpan<float> x, Span<float> hidden, Span<float> probabilities)
    {
        HiddenLayer(x, hidden);
        OutputLayer(hidden, probabilities);
        Softmax(probabilities);
    }

    public void HiddenLayer(ReadOnlySpan<float> x, Span<float> hidden)
    {
        for (var h = 0; h < Hidden; h++)
        {
            var z = TensorPrimitives.Dot(x, W1.AsSpan(h * Inputs, Inputs)) + B1[h];
            hidden[h] = z > 0 ? z : 0;
        }
    }

    /// <summary>
    /// Adds W1[:, offset..offset+x.Length] · x to <paramref name="pre"/>: one slice of the first layer. Lets a caller
    /// compute the part of the input shared by many rows once (a token's vectors serve every cue whose window holds it).
    /// </summary>
    public void AccumulateSlice(ReadOnlySpan<float> x, int offset, Span<float> pre)
    {
        for (var h = 0; h < Hidden; h++)
        {
            pre[h] += TensorPrimitives.Dot(x, W1.AsSpan((h * Inputs) + offset, x.Length));
        }
    }

    /// <summary>Finishes a row whose first-layer sum was built with <see cref="AccumulateSlice"/> (bias not yet added).</summary>
    public void PredictFromPreActivation(ReadOnlySpan<float> pre, Span<float> hidden, Span<float> probabilities)
    {
        TensorPrimitives.Add(pre, B1, hidden);
        TensorPrimitives.Max(hidden, 0f, hidden);
        OutputLayer(hidden, probabilities);
        Softmax(probabilities);
    }

    public void OutputLayer(ReadOnlySpan<float> hidden, Span<float> logits)
    {
        for (var o = 0; o < Outputs; o++)
        {
            logits[o] = TensorPrimitives.Dot(hidden, W2.AsSpan(o * Hidden, Hidden)) + B2[o];
        }
    }

    public static void Softmax(Span<float> logits)
    {
        var max = TensorPrimitives.Max(logits);
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = MathF.Exp(logits[i] - max);
        }

        var sum = TensorPrimitives.Sum(logits);
        TensorPrimitives.Divide(logits, sum, logits);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Inputs);
        writer.Write(Hidden);
        writer.Write(Outputs);
        foreach (var array in new[] { W1, B1, W2, B2 })
        {
            foreach (var v in array)
            {
                writer.Write(v);
            }
        }
    }

    public static Mlp Read(BinaryReader reader)
    {
        var net = new Mlp(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        foreach (var array in new[] { net.W1, net.B1, net.W2, net.B2 })
        {
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = reader.ReadSingle();
            }
        }

        return net;
    }
}
