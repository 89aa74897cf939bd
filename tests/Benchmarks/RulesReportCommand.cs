using System.Diagnostics;
using System.Globalization;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Benchmarks;

/// <summary>
/// <c>rules-report CORPUS_DIR</c>: per-rule precision and recall on a brat corpus, then the ablation (scores without
/// each rule), as Markdown tables ready for the README. Figures come from the C# port of the shared scorer.
/// </summary>
internal static class RulesReportCommand
{
    public static int Run(string dir)
    {
        var sw = Stopwatch.StartNew();
        var corpus = BratCorpus.Load(dir);
        var perRule = RuleEvaluation.PerRule(corpus);
        var ablation = RuleEvaluation.Ablate(corpus);
        var all = ablation[0].Scores;
        Console.WriteLine(Invariant($"Rules on {Path.GetFullPath(dir)}: {corpus.Count} documents, {all.Gold} gold attributions, {all.Predicted} predicted"));
        Console.WriteLine();
        Console.WriteLine("| rule | proposed | accepted | kept | correct | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in perRule)
        {
            Console.WriteLine(Invariant($"| {r.RuleId} | {r.Proposed} | {r.Accepted} | {r.Kept} | {r.Correct} | {r.Precision:F1} | {r.Recall:F1} |"));
        }

        Console.WriteLine(Invariant($"| all rules | {perRule.Sum(r => r.Proposed)} | {perRule.Sum(r => r.Accepted)} | {perRule.Sum(r => r.Kept)} | {perRule.Sum(r => r.Correct)} | {all.Attribution.P:F1} | {all.Attribution.R:F1} |"));
        Console.WriteLine();
        Console.WriteLine("| rules | attribution F1 | Δ | source exact F1 | cue exact F1 | content exact F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var a in ablation)
        {
            var s = a.Scores;
            var delta = s.Attribution.F1 - all.Attribution.F1;
            Console.WriteLine(Invariant(
                $"| {(a.WithoutRule is null ? "all" : "without " + a.WithoutRule)} | {s.Attribution.F1:F1} | {(a.WithoutRule is null ? "" : delta.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture))} | {s.Exact(0).F1:F1} | {s.Exact(1).F1:F1} | {s.Exact(2).F1:F1} |"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"proposed: candidates the rule offered; accepted: kept by the resolver (anchor not taken by a higher-priority cue, a source to borrow); kept: left after nesting drops duplicate cues and cues inside sources; correct: matched to a gold attribution (who said what: contents share half their words, sources overlap); recall: share of all gold attributions. {sw.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
