using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;
using NewsroomClaims.Domain.Extraction.Training;

namespace NewsroomClaims.Benchmarks;

/// <summary>Scratch: how often attributions read from rule-only cues are right, by rule and confidence.</summary>
internal static class RuleOnlyCommand
{
    public static int Run(string[] args)
    {
        AttributionModel model;
        using (var f = File.OpenRead(args[1]))
        {
            model = AttributionModel.Load(f);
        }

        using var encoder = new MiniLmEncoder(model.Layers);
        var tagger = new ModelTagger(model);
        var stats = new Dictionary<string, (int N, int Ok)>();
        foreach (var d in BratCorpus.Load(args[2]))
        {
            var doc = new TextDocument(d.Text);
            var ctx = tagger.Context(doc, encoder.Encode(doc), AttributionExtractor.FindDrafts(doc));
            var tagged = tagger.TagWithScores(ctx);
            var modelOnly = tagged.Where(t => t.FromModel).Select(t => t.Draft).ToList();
            var baseResult = AttributionExtractor.Finish(doc, modelOnly, new ExtractionOptions());
            var basePred = baseResult.Attributions.Select(AttributionTrainer.ToGold).ToList();
            var matchedGold = AttributionScorer.MatchAttributions(d.Text, d.Attributions, basePred).Select(m => m.Gold).ToHashSet();
            var free = d.Attributions.Where((_, i) => !matchedGold.Contains(i)).ToList();
            foreach (var t in tagged.Where(t => !t.FromModel))
            {
                var rule = ctx.RuleDrafts.FirstOrDefault(r => r.CueFirst == t.Draft.CueFirst)?.RuleId ?? "?";
                var one = AttributionExtractor.Finish(doc, [t.Draft], new ExtractionOptions()).Attributions.Select(AttributionTrainer.ToGold).ToList();
                var ok = one.Count > 0 && AttributionScorer.MatchAttributions(d.Text, free, one).Count > 0;
                var rd = ctx.RuleDrafts.First(r => r.CueFirst == t.Draft.CueFirst);
                var quoted = rd.Content.Any(c => Enumerable.Range(c.First, c.Last - c.First + 1).Any(k => doc.QuoteOf[k] >= 0));
                foreach (var key in new[] { rule, $"conf>={Math.Floor(t.Draft.Confidence * 10) / 10:F1}", "all", quoted ? "quoted" : "unquoted", quoted ? "quoted:" + rule : "unquoted:" + rule })
                {
                    var s = stats.GetValueOrDefault(key);
                    stats[key] = (s.N + 1, s.Ok + (ok ? 1 : 0));
                }
            }
        }

        foreach (var (k, v) in stats.OrderBy(kv => kv.Key))
        {
            Console.WriteLine($"{k,-20} {v.N,5} {100.0 * v.Ok / v.N,6:F1}%");
        }

        return 0;
    }
}
