using NewsroomClaims.Domain.Extraction.Corpus;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>How one rule fared on a corpus. Correct means matched to a gold attribution under "who said what".</summary>
internal sealed record RuleFigures(string RuleId, int Proposed, int Accepted, int Kept, int Correct, int Gold)
{
    /// <summary>Share of the rule's kept attributions that match a gold one, in percent.</summary>
    public double Precision => Kept > 0 ? 100.0 * Correct / Kept : 0;

    /// <summary>Share of all gold attributions this rule found, in percent.</summary>
    public double Recall => Gold > 0 ? 100.0 * Correct / Gold : 0;
}

/// <summary>The corpus scores with every rule and with each rule left out in turn (null: all rules).</summary>
internal sealed record Ablation(string? WithoutRule, AttributionScores Scores);

/// <summary>
/// Scores the rules on a gold corpus, for <c>rules-report</c>: per rule, how many candidates it proposed, how many the
/// resolver accepted and nesting kept, and how many of those were right; then the corpus scores without each rule.
/// Runs fast mode exactly as the API does (<see cref="AttributionExtractor.FindDrafts"/> then the shared finish).
/// </summary>
internal static class RuleEvaluation
{
    public static IReadOnlyList<string> RuleIds => [.. RuleSet.Default.Rules.Select(r => r.Id)];

    public static IReadOnlyList<RuleFigures> PerRule(IReadOnlyList<GoldDocument> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var ids = RuleIds;
        var counts = ids.ToDictionary(id => id, _ => new int[4], StringComparer.Ordinal);
        var gold = 0;
        foreach (var g in corpus)
        {
            var doc = new TextDocument(g.Text);
            var candidates = RuleSet.Default.Propose(doc);
            var drafts = CandidateResolver.Resolve(doc, candidates);
            foreach (var c in candidates)
            {
                counts[c.RuleId][0]++;
            }

            foreach (var d in drafts)
            {
                counts[d.RuleId!][1]++;
            }

            // Finish sorts and de-duplicates the list in place, so afterwards drafts[i] is attribution i.
            var result = AttributionExtractor.Finish(doc, drafts, new ExtractionOptions());
            foreach (var d in drafts)
            {
                counts[d.RuleId!][2]++;
            }

            foreach (var (p, _) in AttributionScorer.MatchAttributions(g.Text, g.Attributions, AsGold(result)))
            {
                counts[drafts[p].RuleId!][3]++;
            }

            gold += g.Attributions.Count;
        }

        return [.. ids.Select(id => new RuleFigures(id, counts[id][0], counts[id][1], counts[id][2], counts[id][3], gold))];
    }

    /// <summary>All rules first, then one row per rule left out, in priority order.</summary>
    public static IReadOnlyList<Ablation> Ablate(IReadOnlyList<GoldDocument> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var rows = new List<Ablation> { new(null, Score(corpus, RuleSet.Default)) };
        rows.AddRange(RuleIds.Select(id => new Ablation(id, Score(corpus, RuleSet.Default.Without(id)))));
        return rows;
    }

    private static AttributionScores Score(IReadOnlyList<GoldDocument> corpus, RuleSet rules)
    {
        var total = new AttributionScores();
        foreach (var g in corpus)
        {
            var doc = new TextDocument(g.Text);
            var result = AttributionExtractor.Finish(doc, rules.FindDrafts(doc), new ExtractionOptions());
            total.Add(AttributionScorer.Score(g.Text, g.Attributions, AsGold(result)));
        }

        return total;
    }

    private static List<GoldAttribution> AsGold(ExtractionResult result) =>
    [
        .. result.Attributions.Select(a => new GoldAttribution(
            [.. a.Source.Select(s => (s.Start, s.End))],
            [.. a.Cue.Select(s => (s.Start, s.End))],
            [.. a.Content.Select(s => (s.Start, s.End))])),
    ];
}
