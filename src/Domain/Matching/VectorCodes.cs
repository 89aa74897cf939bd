using System.Numerics;
using System.Numerics.Tensors;

namespace NewsroomClaims.Domain.Matching;

/// <summary>
/// The two compact forms an embedding is kept in. A binary code (one sign bit per dimension, 48 bytes) is what the
/// candidate search compares, by Hamming distance: six XORs and pop-counts a claim. The int8 vector (one byte per
/// dimension, scaled so the largest component is ±127; 384 bytes against 1,536 for floats) is what candidates are
/// re-scored with: its cosine with a query differs from the float vector's by about 0.001, and the scale cancels out
/// of a cosine, so it is not stored.
/// </summary>
public static class VectorCodes
{
    /// <summary>64-bit words in a binary code.</summary>
    public const int CodeWords = SentenceEmbedder.Dimensions / 64;

    public const int CodeBytes = CodeWords * 8;

    public static ulong[] BinaryCode(ReadOnlySpan<float> vector)
    {
        var code = new ulong[CodeWords];
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > 0)
            {
                code[i >> 6] |= 1UL << (i & 63);
            }
        }

        return code;
    }

    public static byte[] CodeToBytes(ReadOnlySpan<ulong> code)
    {
        var bytes = new byte[CodeBytes];
        for (var w = 0; w < CodeWords; w++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(w * 8, 8), code[w]);
        }

        return bytes;
    }

    public static ulong[] CodeFromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != CodeBytes)
        {
            throw new ArgumentException($"A binary code has {CodeBytes} bytes, not {bytes.Length}.", nameof(bytes));
        }

        var code = new ulong[CodeWords];
        for (var w = 0; w < CodeWords; w++)
        {
            code[w] = BitConverter.ToUInt64(bytes.Slice(w * 8, 8));
        }

        return code;
    }

    /// <summary>One signed byte per dimension, the largest magnitude at ±127 (stored as bytes: two's complement).</summary>
    public static byte[] Quantize(ReadOnlySpan<float> vector)
    {
        // MaxMagnitude returns the component itself, sign included.
        var max = Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        var factor = max > 0 ? 127f / max : 0f;
        var bytes = new byte[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[i] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(vector[i] * factor), -127f, 127f));
        }

        return bytes;
    }

    /// <summary>The int8 vector as a unit-length float vector (a stored claim becomes a query this way).</summary>
    public static float[] Dequantize(ReadOnlySpan<byte> quantized)
    {
        var vector = new float[quantized.Length];
        for (var i = 0; i < quantized.Length; i++)
        {
            vector[i] = unchecked((sbyte)quantized[i]);
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Multiply(vector, 1f / norm, vector);
        }

        return vector;
    }

    /// <summary>Cosine of a unit-length query with an int8 vector: the exact re-score of a candidate.</summary>
    public static float Cosine(ReadOnlySpan<float> query, ReadOnlySpan<byte> quantized)
    {
        float dot = 0, norm = 0;
        for (var i = 0; i < quantized.Length; i++)
        {
            float value = unchecked((sbyte)quantized[i]);
            dot += query[i] * value;
            norm += value * value;
        }

        return norm > 0 ? dot / MathF.Sqrt(norm) : 0f;
    }

    public static int Hamming(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var distance = 0;
        for (var w = 0; w < a.Length; w++)
        {
            distance += BitOperations.PopCount(a[w] ^ b[w]);
        }

        return distance;
    }
}
