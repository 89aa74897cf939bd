using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;
using NewsroomClaims.Domain.Extraction.Training;

namespace NewsroomClaims.Benchmarks;

/// <summary>Scratch error analysis: for matched attributions, how predicted boundaries differ from gold.</summary>
internal static class ErrorsCommand
{
    public static int Run(string[] args)
    {
        AttributionModel model;
        using (var f = File.OpenRead(args[1]))
        {
            model = AttributionModel.Load(f);
        }

        using var encoder = new MiniLmEncoder(model.Layers);
        var extractor = new AttributionExtractor(model, encoder);
        var docs = BratCorpus.Load(args[2]);
        var role = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var kinds = new Dictionary<string, int>();
        var shown = 0;
        foreach (var d in docs)
        {
            var result = extractor.Extract(d.Text);
            var predicted = result.Attributions.Select(AttributionTrainer.ToGold).ToList();
            foreach (var (p, g) in AttributionScorer.MatchAttributions(d.Text, d.Attributions, predicted))
            {
                var ps = Pick(predicted[p], role);
                var gs = Pick(d.Attributions[g], role);
                if (ps.Count == 0 || gs.Count == 0) { Count(kinds, ps.Count == 0 ? "pred empty" : "gold empty"); continue; }
                var (pa, pb) = (Trim(d.Text, ps.Min(s => s.Start), true), Trim(d.Text, ps.Max(s => s.End), false));
                var (ga, gb) = (Trim(d.Text, gs.Min(s => s.Start), true), Trim(d.Text, gs.Max(s => s.End), false));
                var key = $"start {Cmp(pa, ga)} end {Cmp(pb, gb)} frags {ps.Count}/{gs.Count}";
                Count(kinds, key);
                if ((pa != ga || pb != gb) && shown++ < 60)
                {
                    Console.WriteLine($"--- {key}");
                    Console.WriteLine($"  gold: [{Show(d.Text, ga, gb)}]");
                    Console.WriteLine($"  pred: [{Show(d.Text, pa, pb)}]");
                }
            }
        }

        foreach (var (k, v) in kinds.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"{v,6} {k}");
        }

        return 0;
    }

    private static IReadOnlyList<(int Start, int End)> Pick(GoldAttribution a, int role) => role switch { 0 => a.Source, 1 => a.Cue, _ => a.Content };

    private static int Trim(string text, int at, bool start)
    {
        if (start) { while (at < text.Length && char.IsWhiteSpace(text[at])) at++; }
        else { while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--; }
        return at;
    }

    private static string Cmp(int p, int g) => p == g ? "ok" : p < g ? "early" : "late";

    private static string Show(string text, int a, int b)
    {
        var s = text[a..b].Replace('\n', ' ');
        return s.Length > 160 ? s[..70] + " ... " + s[^70..] : s;
    }

    private static void Count(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;
}
