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
        RoleEpochs = 12,
        CueLearningRate = 3e-3f,
        RoleLearningRate = 3e-3f,
        HoldOutEvery = 5,
        InputDropout = 0,
        HiddenDropout = 0,
    };

    [Fact]
    public void A_model_trained_on_a_few_annotated_documents_finds_who_said_what_in_new_ones()
    {
        var documents = BratCorpus.Load(SyntheticCorpus.Write(dir, 18));
        Assert.Equal(18, documents.Count);
        Assert.All(documents, d => Assert.Equal(6, d.Attributions.Count));

        var model = RoundTrip(AttributionTrainer.Train([.. documents.Take(15)], Small));

        using var encoder = new MiniLmEncoder(model.Layers);
        var extractor = new AttributionExtractor(model, encoder);
        var scores = new AttributionScores();
        foreach (var unseen in documents.Skip(15))
        {
            var result = extractor.Extract(unseen.Text);
            Assert.Equal(ExtractionMode.Accurate, result.Mode);
            Assert.All(result.Attributions, a => Assert.InRange(a.Confidence, 0, 1));
            scores.Add(AttributionScorer.Score(unseen.Text, unseen.Attributions, [.. result.Attributions.Select(AttributionTrainer.ToGold)]));
        }

        Assert.True(scores.Attribution.F1 >= 80, scores.ToString());
        Assert.True(scores.Exact(1).F1 >= 80, scores.ToString());
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
