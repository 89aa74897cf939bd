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

    /// <summary>The binary codes (<see cref="CodeBytes"/> each) and int8 vectors of a claim's parts, each packed end to end.</summary>
    public static (byte[] Codes, byte[] Vectors) Pack(IReadOnlyList<float[]> parts) =>
        ([.. parts.SelectMany(p => CodeToBytes(BinaryCode(p)))], [.. parts.SelectMany(p => Quantize(p))]);

    /// <summary>The packed int8 vectors as unit-length float vectors, one per part.</summary>
    public static float[][] Unpack(ReadOnlySpan<byte> vectors)
    {
        var dimensions = SentenceEmbedder.Dimensions;
        var parts = new float[vectors.Length / dimensions][];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Dequantize(vectors.Slice(i * dimensions, dimensions));
        }

        return parts;
    }

    /// <summary>The query parts' codes end to end, as <see cref="CompactIndex.Nearest"/> takes them.</summary>
    public static ulong[] Codes(IReadOnlyList<float[]> parts) => [.. parts.SelectMany(p => BinaryCode(p))];

    /// <summary>The best cosine between any query part and any packed int8 part: a claim's exact score.</summary>
    public static float BestCosine(IReadOnlyList<float[]> query, ReadOnlySpan<byte> vectors)
    {
        var dimensions = SentenceEmbedder.Dimensions;
        var best = float.MinValue;
        for (var at = 0; at + dimensions <= vectors.Length; at += dimensions)
        {
            foreach (var part in query)
            {
                best = Math.Max(best, Cosine(part, vectors.Slice(at, dimensions)));
            }
        }

        return best;
    }

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

    /// <summary>One or more codes of <see cref="CodeBytes"/> bytes each, as words.</summary>
    public static ulong[] CodeFromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || bytes.Length % CodeBytes != 0)
        {
            throw new ArgumentException($"Binary codes have {CodeBytes} bytes each, not {bytes.Length} in all.", nameof(bytes));
        }

        var code = new ulong[bytes.Length / 8];
        for (var w = 0; w < code.Length; w++)
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

    /// <summary>Hamming distance from one code to the nearest of the query codes.</summary>
    public static int NearestHamming(ReadOnlySpan<ulong> code, ulong[] queries)
    {
        var best = int.MaxValue;
        for (var q = 0; q < queries.Length; q += CodeWords)
        {
            var d = BitOperations.PopCount(code[0] ^ queries[q]) + BitOperations.PopCount(code[1] ^ queries[q + 1])
                + BitOperations.PopCount(code[2] ^ queries[q + 2]) + BitOperations.PopCount(code[3] ^ queries[q + 3])
                + BitOperations.PopCount(code[4] ^ queries[q + 4]) + BitOperations.PopCount(code[5] ^ queries[q + 5]);
            best = Math.Min(best, d);
        }

        return best;
    }
}
