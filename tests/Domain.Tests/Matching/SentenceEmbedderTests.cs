using System.Numerics.Tensors;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Domain.Tests.Matching;

public sealed class SentenceEmbedderTests : IClassFixture<EmbedderFixture>
{
    private readonly SentenceEmbedder embedder;

    public SentenceEmbedderTests(EmbedderFixture fixture) => embedder = fixture.Embedder;

    /// <summary>
    /// The similarity matrix sentence-transformers prints for all-MiniLM-L6-v2 in its documentation
    /// (sbert.net, "Semantic Textual Similarity"): the same numbers mean the same tokenizer, pooling and normalisation.
    /// </summary>
    [Theory]
    [InlineData("The new movie is awesome", "The dog plays in the garden", 0.0543)]
    [InlineData("The new movie is awesome", "The new movie is so great", 0.8939)]
    [InlineData("The new movie is awesome", "A woman watches TV", -0.0502)]
    [InlineData("The cat sits outside", "The dog plays in the garden", 0.2838)]
    [InlineData("The cat sits outside", "The new movie is so great", -0.0029)]
    [InlineData("The cat sits outside", "A woman watches TV", 0.1310)]
    [InlineData("A man is playing guitar", "The dog plays in the garden", 0.2277)]
    [InlineData("A man is playing guitar", "The new movie is so great", -0.0136)]
    [InlineData("A man is playing guitar", "A woman watches TV", -0.0327)]
    public void CosineSimilaritiesAreThoseSentenceTransformersPublishes(string first, string second, double expected)
    {
        var vectors = embedder.Embed([first, second]);

        Assert.Equal(expected, TensorPrimitives.Dot(vectors[0], vectors[1]), 3);
    }

    [Fact]
    public void EmbeddingsHave384DimensionsAndUnitLength()
    {
        var vector = embedder.Embed("Putin reiterated that any agreement must recognise the four regions.");

        Assert.Equal(SentenceEmbedder.Dimensions, vector.Length);
        Assert.Equal(1.0, TensorPrimitives.Norm(vector), 4);
    }

    [Fact]
    public void ATextEmbedsTheSameAloneAndInAPaddedBatch()
    {
        const string text = "Delays are likely.";
        var alone = embedder.Embed(text);
        var batched = embedder.Embed([text, "A much longer sentence that forces the short one to be padded in the batch it runs in."])[0];

        Assert.True(TensorPrimitives.Dot(alone, batched) > 0.9999f);
    }

    [Fact]
    public void TextLongerThanTheModelReadsIsCutNotRefused()
    {
        var text = string.Join(' ', Enumerable.Repeat("the minister said the bridge will reopen", 200));

        Assert.Equal(1.0, TensorPrimitives.Norm(embedder.Embed(text)), 4);
    }
}

public sealed class EmbedderFixture : IDisposable
{
    public SentenceEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
