using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Load;

/// <summary>
/// Unit vectors shaped like sentence embeddings for a million-claim timing run, deterministic per claim number (the
/// generator and the recall command of tests/Matching draw the same ones). Independent random vectors would be a poor
/// stand-in: they are all nearly orthogonal, so nearest neighbours would mean nothing. These have the structure that
/// makes neighbour search hard for compact codes: a direction every embedding shares (MiniLM's are anisotropic, a
/// random pair scores ~0.1), 1,000 topics (claims of a topic score ~0.4 with each other) and families of about five
/// claims repeating one statement (~0.8 with each other), so a claim's ten nearest are its family and then the closest
/// of a thousand near-equals. Stored as the real ones are: <see cref="VectorCodes.Pack"/> of the one part.
/// </summary>
public static class SyntheticVectors
{
    private const int Topics = 1000;
    private const int Dimensions = SentenceEmbedder.Dimensions;
    private static readonly float[] Shared = Gaussian(-1);
    private static readonly float[][] TopicVectors = [.. Enumerable.Range(0, Topics).Select(t => Gaussian(1_000_000_000 + t))];

    /// <summary>The vector of claim number <paramref name="index"/> of <paramref name="total"/>.</summary>
    public static float[] Of(int index, int total)
    {
        var families = Math.Max(1, total / 5);
        // Spread a family over the whole run (the generator writes claims article by article).
        var family = (int)((uint)index * 2654435761u % (uint)families);
        var topic = family % Topics;
        var topicVector = TopicVectors[topic];
        var familyVector = Gaussian(2_000_000_000 - family);
        var own = Gaussian(index);
        var v = new float[Dimensions];
        var center = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            center[d] = 0.35f * Shared[d] + 0.6f * topicVector[d] + 0.7f * familyVector[d];
        }

        Normalize(center);
        for (var d = 0; d < Dimensions; d++)
        {
            v[d] = center[d] + 0.5f * own[d];
        }

        Normalize(v);
        return v;
    }

    /// <summary>A random direction of about unit length (normal components, variance 1/dimensions), seeded.</summary>
    private static float[] Gaussian(int seed)
    {
        var random = new Random(seed);
        var v = new float[Dimensions];
        for (var d = 0; d < Dimensions; d += 2)
        {
            // Box-Muller: two normals from two uniforms.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var r = Math.Sqrt(-2.0 * Math.Log(u1)) / Math.Sqrt(Dimensions);
            v[d] = (float)(r * Math.Cos(2 * Math.PI * u2));
            v[d + 1] = (float)(r * Math.Sin(2 * Math.PI * u2));
        }

        return v;
    }

    private static void Normalize(float[] v)
    {
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        System.Numerics.Tensors.TensorPrimitives.Multiply(v, 1f / norm, v);
    }
}
