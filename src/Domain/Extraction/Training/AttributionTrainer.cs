using System.Diagnostics;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>
/// Trains the attribution model from gold documents: encode every text, learn the cue priors and the standardisation
/// from the training part, train the cue and role networks, then choose the cue threshold and fit the confidence
/// calibration on held-out documents through the full extraction path (nesting included).
/// </summary>
public static class AttributionTrainer
{
    public static AttributionModel Train(IReadOnlyList<GoldDocument> documents, AttributionTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        var clock = Stopwatch.StartNew();
        var (train, heldOut) = Split(documents, options.HoldOutEvery);
        log($"{train.Count} training documents, {heldOut.Count} held out");

        using var encoder = new MiniLmEncoder(options.Layers);
        var texts = documents.ToDictionary(d => d.Name, d => new TextDocument(d.Text), StringComparer.Ordinal);
        var vectors = VectorStore.Encode(encoder, documents, texts, options, log);
        log($"encoded in {clock.Elapsed.TotalSeconds:F0} s");

        var (mean, inverseStd) = Standardisation(train.Select(d => vectors[d.Name]));
        var priors = Priors(train, texts);
        var skeleton = new AttributionModel(options.Layers, mean, inverseStd, priors, new Mlp(1, 1, Bilou.Labels(1)), new Mlp(1, 1, Bilou.Labels(2)), 0, Calibrator.Identity);
        var trainDocs = Prepare(train, texts, vectors, skeleton);
        var heldOutDocs = Prepare(heldOut, texts, vectors, skeleton);

        var cueRows = new CueRows(trainDocs);
        log($"cue stage: {cueRows.Count} rows");
        var cue = MlpTrainer.Train(cueRows, heldOutDocs.Count > 0 ? new CueRows(heldOutDocs) : null, Bilou.Labels(1),
            new MlpTrainingOptions(Hidden: options.CueHidden, Epochs: options.CueEpochs, LearningRate: options.CueLearningRate, HiddenDropout: options.HiddenDropout, InputDropout: options.InputDropout, Seed: options.Seed, Threads: options.Threads), log);
        log($"cue stage trained at {clock.Elapsed.TotalSeconds:F0} s");

        var roleRows = new RoleRows(trainDocs);
        log($"role stage: {roleRows.Count} rows");
        var role = MlpTrainer.Train(roleRows, heldOutDocs.Count > 0 ? new RoleRows(heldOutDocs) : null, Bilou.Labels(2),
            new MlpTrainingOptions(Hidden: options.RoleHidden, Epochs: options.RoleEpochs, LearningRate: options.RoleLearningRate, HiddenDropout: options.HiddenDropout, InputDropout: options.InputDropout, Seed: options.Seed + 1, Threads: options.Threads), log);
        log($"role stage trained at {clock.Elapsed.TotalSeconds:F0} s");

        var model = new AttributionModel(options.Layers, mean, inverseStd, priors, cue, role, 0, Calibrator.Identity);
        if (heldOutDocs.Count > 0)
        {
            Tune(model, heldOutDocs, log);
        }

        log($"done in {clock.Elapsed.TotalSeconds:F0} s");
        return model;
    }

    /// <summary>
    /// Scores and calibration data for documents through the full accurate path (for held-out tuning and reports).
    /// Attributions from cues only the rules proposed are kept at or above <paramref name="ruleOnlyMin"/>.
    /// </summary>
    internal static (AttributionScores Scores, List<(float[] Features, bool Correct, double Confidence)> Predictions) Evaluate(
        AttributionModel model, IReadOnlyList<EncodedDocument> docs, float? ruleOnlyMin = null)
    {
        var tagger = new ModelTagger(model);
        var threshold = ruleOnlyMin ?? model.RuleOnlyMinConfidence;
        var total = new AttributionScores();
        var predictions = new List<(float[], bool, double)>();
        foreach (var d in docs)
        {
            var tagged = tagger.TagWithScores(d.Context).Where(t => t.FromModel || t.Draft.Confidence >= threshold).ToList();
            var scoresOf = new Dictionary<Draft, float[]>(ReferenceEqualityComparer.Instance);
            foreach (var t in tagged)
            {
                scoresOf[t.Draft] = t.Scores;
            }

            var drafts = tagged.Select(t => t.Draft).ToList();
            var result = AttributionExtractor.Finish(d.Context.Doc, drafts, new ExtractionOptions());
            var predicted = result.Attributions.Select(ToGold).ToList();
            total.Add(AttributionScorer.Score(d.Gold.Text, d.Gold.Attributions, predicted));
            var matched = AttributionScorer.MatchAttributions(d.Gold.Text, d.Gold.Attributions, predicted).Select(m => m.Predicted).ToHashSet();
            for (var i = 0; i < drafts.Count; i++)
            {
                predictions.Add((scoresOf[drafts[i]], matched.Contains(i), drafts[i].Confidence));
            }
        }

        return (total, predictions);
    }

    public static GoldAttribution ToGold(ExtractedAttribution a) => new(
        [.. a.Source.Select(s => (s.Start, s.End))],
        [.. a.Cue.Select(s => (s.Start, s.End))],
        [.. a.Content.Select(s => (s.Start, s.End))]);

    internal static List<EncodedDocument> Prepare(
        IReadOnlyList<GoldDocument> docs, Dictionary<string, TextDocument> texts, Dictionary<string, float[]> vectors, AttributionModel model)
    {
        var tagger = new ModelTagger(model);
        return [.. docs.Select(d =>
        {
            var doc = texts[d.Name];
            var ctx = tagger.Context(doc, (float[])vectors[d.Name].Clone(), AttributionExtractor.FindDrafts(doc));
            return new EncodedDocument(d, ctx, new GoldTokens(doc, d.Attributions));
        })];
    }

    // Chosen for "who said what" F1 on held-out documents, in order: the cue threshold (model cues only), the calibration
    // (fitted on every candidate, rule-only ones included), then how confident a rule-only attribution must be.
    private static void Tune(AttributionModel model, List<EncodedDocument> heldOut, Action<string> log)
    {
        var best = (Value: 0f, F1: -1.0);
        foreach (var bias in new[] { -1f, -0.5f, 0f, 0.5f, 1f })
        {
            model.CueBias = bias;
            var (scores, _) = Evaluate(model, heldOut, ruleOnlyMin: 2f);
            log(FormattableString.Invariant($"held out, cue bias {bias}: {Summary(scores)}"));
            if (scores.Attribution.F1 > best.F1 + 0.05)
            {
                best = (bias, scores.Attribution.F1);
            }
        }

        model.CueBias = best.Value;
        var (_, all) = Evaluate(model, heldOut, ruleOnlyMin: 0f);
        model.Calibrator = Calibrator.Fit([.. all.Select(p => (p.Features, p.Correct))]);

        best = (2f, -1.0);
        foreach (var threshold in new[] { 2f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f })
        {
            var (scores, _) = Evaluate(model, heldOut, threshold);
            log(FormattableString.Invariant($"held out, rule-only attributions kept from confidence {threshold}: {Summary(scores)}"));
            if (scores.Attribution.F1 > best.F1 + 0.05)
            {
                best = (threshold, scores.Attribution.F1);
            }
        }

        model.RuleOnlyMinConfidence = best.Value;
        var (_, calibrated) = Evaluate(model, heldOut);
        var ece = Calibrator.ExpectedCalibrationError([.. calibrated.Select(p => (p.Confidence, p.Correct))]);
        log(FormattableString.Invariant($"cue bias {model.CueBias}, rule-only threshold {model.RuleOnlyMinConfidence}; held-out expected calibration error {ece:F3}"));
    }

    private static string Summary(AttributionScores s) =>
        FormattableString.Invariant($"attribution F1 {s.Attribution.F1:F1}, source {s.Exact(0).F1:F1}, cue {s.Exact(1).F1:F1}, content {s.Exact(2).F1:F1}");

    private static (List<GoldDocument> Train, List<GoldDocument> HeldOut) Split(IReadOnlyList<GoldDocument> docs, int every)
    {
        if (docs.Count < 2)
        {
            return ([.. docs], []);
        }

        if (docs.Count < every)
        {
            return ([.. docs.Take(docs.Count - 1)], [docs[^1]]);
        }

        var train = new List<GoldDocument>();
        var heldOut = new List<GoldDocument>();
        for (var i = 0; i < docs.Count; i++)
        {
            (i % every == every - 1 ? heldOut : train).Add(docs[i]);
        }

        return (train, heldOut);
    }

    private static (float[] Mean, float[] InverseStd) Standardisation(IEnumerable<float[]> vectors)
    {
        const int d = MiniLmEncoder.Dimensions;
        var sum = new double[d];
        var squares = new double[d];
        long n = 0;
        foreach (var v in vectors)
        {
            for (var at = 0; at < v.Length; at += d)
            {
                for (var k = 0; k < d; k++)
                {
                    sum[k] += v[at + k];
                    squares[k] += (double)v[at + k] * v[at + k];
                }

                n++;
            }
        }

        var mean = new float[d];
        var inverseStd = new float[d];
        for (var k = 0; k < d; k++)
        {
            var m = n > 0 ? sum[k] / n : 0;
            var variance = n > 0 ? (squares[k] / n) - (m * m) : 1;
            mean[k] = (float)m;
            inverseStd[k] = (float)(1 / Math.Sqrt(Math.Max(variance, 1e-6)));
        }

        return (mean, inverseStd);
    }

    private static CuePriors Priors(IReadOnlyList<GoldDocument> docs, Dictionary<string, TextDocument> texts)
    {
        var counts = new Dictionary<string, (int Begin, int Inside, int Total)>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            var doc = texts[d.Name];
            var labels = new GoldTokens(doc, d.Attributions).CueLabels;
            for (var t = 0; t < doc.Tokens.Length; t++)
            {
                var word = doc.Span(t).ToString().ToLowerInvariant();
                counts.TryGetValue(word, out var c);
                var part = Bilou.PartOf(labels[t]);
                counts[word] = (c.Begin + (part is 1 or 4 ? 1 : 0), c.Inside + (part is 2 or 3 ? 1 : 0), c.Total + 1);
            }
        }

        // Words seen once and never in a cue say nothing the default does not; dropping them keeps the file small.
        var kept = counts.Where(kv => kv.Value.Begin + kv.Value.Inside > 0 || kv.Value.Total > 2)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new CuePriors(kept);
    }
}
