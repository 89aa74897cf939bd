using Microsoft.ML;
using Microsoft.ML.Data;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Training;

namespace NewsroomClaims.Benchmarks;

/// <summary>
/// Design A of the learned model, kept as an experiment to compare against: the rules propose, a LightGBM classifier
/// trained on PolNeAR train scores each proposal from hand-made features (rule, score, span lengths and shapes, cue
/// prior), and proposals below a threshold chosen on held-out training documents are dropped. It can only raise
/// precision: what the rules never propose stays missed.
/// `rerank TRAIN_DIR DEV_DIR` prints held-out and dev scores.
/// </summary>
internal static class RerankCommand
{
    private static readonly string[] Rules =
        ["transcript", "according-to", "evidence", "trailing-cue", "leading-cue", "participle", "coordinated-verb", "colon-quote", "adverb-cue", "asked", "noun-cue"];

    public static int Run(string[] args)
    {
        var train = BratCorpus.Load(args[1]);
        var dev = BratCorpus.Load(args[2]);
        var fit = train.Where((_, i) => i % 10 != 9).ToList();
        var heldOut = train.Where((_, i) => i % 10 == 9).ToList();
        var cuePrior = CuePrior(fit);

        var ml = new MLContext(seed: 17);
        var data = ml.Data.LoadFromEnumerable(fit.SelectMany(d => Candidates(d, cuePrior)).Select(c => c.Row));
        var pipeline = ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
        {
            NumberOfLeaves = 31,
            NumberOfIterations = 300,
            LearningRate = 0.05,
            Seed = 17,
            NumberOfThreads = 1,
        });
        var model = pipeline.Fit(data);
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);

        var threshold = new[] { 0.0f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f }
            .MaxBy(t => Score(heldOut, cuePrior, engine, t).Attribution.F1);
        Console.WriteLine($"threshold chosen on held-out train documents: {threshold}");
        Console.WriteLine("dev, rules only:");
        Console.WriteLine(Score(dev, cuePrior, engine, 0f));
        Console.WriteLine("dev, rules re-ranked by LightGBM:");
        Console.WriteLine(Score(dev, cuePrior, engine, threshold));
        return 0;
    }

    private static AttributionScores Score(IReadOnlyList<GoldDocument> docs, Dictionary<string, float> prior, PredictionEngine<Row, Prediction> engine, float threshold)
    {
        var total = new AttributionScores();
        foreach (var d in docs)
        {
            var kept = Candidates(d, prior).Where(c => threshold == 0 || engine.Predict(c.Row).Probability >= threshold).Select(c => c.Predicted).ToList();
            total.Add(AttributionScorer.Score(d.Text, d.Attributions, kept));
        }

        return total;
    }

    private static IEnumerable<(Row Row, GoldAttribution Predicted)> Candidates(GoldDocument d, Dictionary<string, float> prior)
    {
        var doc = new TextDocument(d.Text);
        var drafts = AttributionExtractor.FindDrafts(doc);
        var result = AttributionExtractor.Finish(doc, drafts, new ExtractionOptions());
        var predicted = result.Attributions.Select(AttributionTrainer.ToGold).ToList();
        var matched = AttributionScorer.MatchAttributions(d.Text, d.Attributions, predicted).Select(m => m.Predicted).ToHashSet();
        for (var i = 0; i < drafts.Count; i++)
        {
            var a = result.Attributions[i];
            var draft = drafts[i];
            var cueWord = doc.Span(draft.CueLast).ToString().ToLowerInvariant();
            var features = new float[Rules.Length + 12];
            var r = Array.IndexOf(Rules, draft.RuleId);
            if (r >= 0)
            {
                features[r] = 1;
            }

            var f = Rules.Length;
            features[f] = (float)a.Confidence;
            features[f + 1] = draft.CueLast - draft.CueFirst + 1;
            features[f + 2] = draft.HasSource ? draft.SourceLast - draft.SourceFirst + 1 : 0;
            features[f + 3] = draft.Content.Sum(c => c.Last - c.First + 1);
            features[f + 4] = draft.Content.Count;
            features[f + 5] = (int)a.Kind;
            features[f + 6] = a.ReportedBy is null ? 0 : 1;
            features[f + 7] = prior.GetValueOrDefault(cueWord, -1);
            features[f + 8] = draft.HasSource && doc.IsCapitalized(draft.SourceFirst) ? 1 : 0;
            features[f + 9] = a.Speaker?.ActorId is null && a.Speaker?.IsAnonymous == true ? 1 : 0;
            features[f + 10] = doc.QuoteOf[draft.CueFirst] >= 0 ? 1 : 0;
            features[f + 11] = draft.Sentence;
            yield return (new Row { Features = features, Label = matched.Contains(i) }, predicted[i]);
        }
    }

    // How often the cue's last word is a cue in the fitting documents' gold (the re-ranker's one lexical feature).
    private static Dictionary<string, float> CuePrior(IReadOnlyList<GoldDocument> docs)
    {
        var cue = new Dictionary<string, int>();
        var all = new Dictionary<string, int>();
        foreach (var d in docs)
        {
            var doc = new TextDocument(d.Text);
            var starts = d.Attributions.SelectMany(a => a.Cue).Select(c => c.End).ToHashSet();
            for (var t = 0; t < doc.Tokens.Length; t++)
            {
                var w = doc.Span(t).ToString().ToLowerInvariant();
                all[w] = all.GetValueOrDefault(w) + 1;
                if (starts.Contains(doc.Tokens[t].End))
                {
                    cue[w] = cue.GetValueOrDefault(w) + 1;
                }
            }
        }

        return all.ToDictionary(kv => kv.Key, kv => (cue.GetValueOrDefault(kv.Key) + 0.5f) / (kv.Value + 1f));
    }

    private sealed class Row
    {
        [VectorType(23)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
