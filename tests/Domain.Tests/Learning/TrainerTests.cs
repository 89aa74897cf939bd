using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;
using NewsroomClaims.Domain.Extraction.Training;

namespace NewsroomClaims.Domain.Tests.Learning;

/// <summary>The trainer end to end on a handful of documents, so the training code cannot rot unnoticed.</summary>
public sealed class TrainerTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "nc-trainer-" + Guid.NewGuid().ToString("N"));

    private static readonly AttributionTrainingOptions Small = new()
    {
        Layers = 2,
        CueHidden = 32,
        RoleHidden = 32,
        CueEpochs = 12,
        RoleEpochs = 6,
        CueLearningRate = 3e-3f,
        RoleLearningRate = 3e-3f,
        HoldOutEvery = 5,
    };

    [Fact]
    public void A_model_trained_on_a_few_annotated_documents_finds_who_said_what_in_a_new_one()
    {
        var documents = BratCorpus.Load(SyntheticCorpus.Write(dir, 10));
        Assert.Equal(10, documents.Count);
        Assert.All(documents, d => Assert.Equal(6, d.Attributions.Count));

        var model = AttributionTrainer.Train(documents, Small);
        var reloaded = RoundTrip(model);

        using var encoder = new MiniLmEncoder(reloaded.Layers);
        var extractor = new AttributionExtractor(reloaded, encoder);
        const string text = "Tom Reed said that the harbour will close in June.\n\n“Prices rose last year,” Ana Silva claimed.";
        var result = extractor.Extract(text);

        Assert.Equal(ExtractionMode.Accurate, result.Mode);
        var said = Assert.Single(result.Attributions, a => a.Cue.Any(c => c.Text == "said"));
        Assert.Equal("Tom Reed", Assert.Single(said.Source).Text);
        Assert.Contains("harbour will close", Assert.Single(said.Content).Text, StringComparison.Ordinal);
        var claimed = Assert.Single(result.Attributions, a => a.Cue.Any(c => c.Text == "claimed"));
        Assert.Equal("Ana Silva", Assert.Single(claimed.Source).Text);
        Assert.All(result.Attributions, a => Assert.InRange(a.Confidence, 0, 1));
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_model()
    {
        var documents = BratCorpus.Load(SyntheticCorpus.Write(dir, 6));
        var options = Small with { CueEpochs = 2, RoleEpochs = 1 };
        var first = Bytes(AttributionTrainer.Train(documents, options));
        var second = Bytes(AttributionTrainer.Train(documents, options));
        Assert.Equal(first, second);
    }

    private static AttributionModel RoundTrip(AttributionModel model)
    {
        using var stream = new MemoryStream(Bytes(model));
        return AttributionModel.Load(stream);
    }

    private static byte[] Bytes(AttributionModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
