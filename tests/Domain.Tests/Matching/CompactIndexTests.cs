using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Domain.Tests.Matching;

public sealed class CompactIndexTests
{
    private static float[] Unit(Random random)
    {
        var vector = new float[SentenceEmbedder.Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() * 2 - 1);
        }

        TensorPrimitives.Multiply(vector, 1f / TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    [Fact]
    public void AnInt8VectorScoresWithinAThousandthOfItsFloatsEvenWhenItsLargestComponentIsNegative()
    {
        var random = new Random(7);
        var query = Unit(random);
        var vector = Unit(random);
        vector[3] = -0.9f;
        TensorPrimitives.Multiply(vector, 1f / TensorPrimitives.Norm(vector), vector);

        var stored = VectorCodes.Quantize(vector);

        Assert.Equal(TensorPrimitives.Dot(query, vector), VectorCodes.Cosine(query, stored), 0.005f);
        Assert.Equal(1f, TensorPrimitives.Dot(vector, VectorCodes.Dequantize(stored)), 0.001f);
    }

    [Fact]
    public void BinaryCodesRoundTripThroughBytes()
    {
        var code = VectorCodes.BinaryCode(Unit(new Random(1)));

        Assert.Equal(code, VectorCodes.CodeFromBytes(VectorCodes.CodeToBytes(code)));
        Assert.Equal(VectorCodes.CodeBytes, VectorCodes.CodeToBytes(code).Length);
    }

    [Fact]
    public void NearestReturnsTheClosestCodesFirstAsABruteForceScanWould()
    {
        var random = new Random(3);
        var index = new CompactIndex();
        var codes = new Dictionary<Guid, ulong[]>();
        for (var i = 0; i < 2_000; i++)
        {
            var id = Guid.CreateVersion7();
            codes[id] = VectorCodes.BinaryCode(Unit(random));
            index.Upsert(id, codes[id], null, 0, isActive: true);
        }

        var query = VectorCodes.BinaryCode(Unit(random));
        var found = index.Nearest(query, new IndexFilter(), 50);

        var distances = found.Select(id => VectorCodes.Hamming(query, codes[id])).ToList();
        var bruteForce = codes.Values.Select(c => VectorCodes.Hamming(query, c)).Order().Take(50).ToList();
        Assert.Equal(bruteForce, distances);
    }

    [Fact]
    public void FiltersApplyDuringTheScanAndRemovedOrInactiveClaimsAreNeverFound()
    {
        var random = new Random(5);
        var index = new CompactIndex();
        var speaker = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var ids = Enumerable.Range(0, 100).Select(_ => Guid.CreateVersion7()).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            index.Upsert(ids[i], VectorCodes.BinaryCode(Unit(random)), i % 2 == 0 ? speaker : other, sortKey: i, isActive: i != 10);
        }

        index.Remove(ids[20]);

        var found = index.Nearest(VectorCodes.BinaryCode(Unit(random)), new IndexFilter(speaker, FromKey: 10, ToKeyExclusive: 40, Exclude: ids[12]), 1_000);

        var expected = Enumerable.Range(10, 30).Where(i => i % 2 == 0 && i is not (10 or 12 or 20)).Select(i => ids[i]).ToHashSet();
        Assert.Equal(expected, found.ToHashSet());
        Assert.Equal(98, index.Count);
        Assert.Empty(index.Nearest(VectorCodes.BinaryCode(Unit(random)), new IndexFilter(Guid.CreateVersion7()), 10));
    }

    [Fact]
    public void EveryIdIsFoundAgainAfterTheTableGrewAndReplacingAClaimKeepsOneEntry()
    {
        var random = new Random(11);
        var index = new CompactIndex();
        var ids = Enumerable.Range(0, 5_000).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var id in ids)
        {
            index.Upsert(id, VectorCodes.BinaryCode(Unit(random)), null, 0, isActive: true);
        }

        index.Upsert(ids[42], VectorCodes.BinaryCode(Unit(random)), null, 0, isActive: true);
        index.Remove(ids[7]);

        Assert.All(ids.Where((_, i) => i != 7), id => Assert.True(index.Contains(id)));
        Assert.False(index.Contains(ids[7]));
        Assert.False(index.Contains(Guid.CreateVersion7()));
        Assert.Equal(4_999, index.Count);
    }

    [Fact]
    public void TheReRankedShortlistPutsTheClaimsClosestToTheQueryFloatsFirst()
    {
        var random = new Random(13);
        var index = new CompactIndex();
        var query = Unit(random);
        var vectors = new Dictionary<Guid, float[]>();
        for (var i = 0; i < 3_000; i++)
        {
            // Five very near the query, fifty fairly near, the rest not: the five must lead the re-ranked list.
            var vector = Unit(random);
            if (i % 50 == 0)
            {
                var pull = new float[query.Length];
                TensorPrimitives.Multiply(query, i < 250 ? 3f : 1f, pull);
                TensorPrimitives.Add(vector, pull, vector);
                TensorPrimitives.Multiply(vector, 1f / TensorPrimitives.Norm(vector), vector);
            }

            var id = Guid.CreateVersion7();
            vectors[id] = vector;
            index.Upsert(id, VectorCodes.BinaryCode(vector), null, 0, isActive: true);
        }

        var found = index.Nearest([query], new IndexFilter(), limit: 20, shortlist: 300);

        var best = vectors.OrderByDescending(v => TensorPrimitives.Dot(query, v.Value)).Take(5).Select(v => v.Key);
        Assert.Equal(20, found.Count);
        Assert.Equal(best.ToHashSet(), found.Take(5).ToHashSet());
        var scorer = new CodeScorer([query]);
        var scores = found.Select(id => scorer.Score(VectorCodes.BinaryCode(vectors[id]))).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void ACodeScoreIsTheQueryDottedWithTheCodeAsPlusOrMinusOne()
    {
        var random = new Random(17);
        var query = Unit(random);
        var code = VectorCodes.BinaryCode(Unit(random));
        var signs = Enumerable.Range(0, query.Length).Select(i => (code[i >> 6] >> (i & 63) & 1) == 1 ? 1f : -1f).ToArray();

        Assert.Equal(TensorPrimitives.Dot(query, signs), new CodeScorer([query]).Score(code), 0.001f);
    }
}
