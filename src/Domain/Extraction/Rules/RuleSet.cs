namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// The rules in priority tiers, and the two steps of rule-based extraction: every rule proposes candidates for a
/// sentence, then <see cref="CandidateResolver"/> decides. A higher tier wins when two candidates want the same cue
/// word, and a clause that borrows a source borrows from what was accepted before it. Rules in one tier are
/// interleaved left to right, as if they were one rule.
/// </summary>
internal sealed class RuleSet
{
    private readonly IAttributionRule[][] tiers;

    public RuleSet(IEnumerable<IEnumerable<IAttributionRule>> tiers)
    {
        this.tiers = [.. tiers.Select(t => t.ToArray()).Where(t => t.Length > 0)];
        Rules = [.. this.tiers.SelectMany(t => t)];
        var duplicate = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id '{duplicate.Key}' is used twice.", nameof(tiers));
        }
    }

    /// <summary>
    /// A speaker label ("PENCE:") is the surest sign and claims its paragraph first. Fixed phrases ("according to",
    /// "in a poll") come before verbs so their words are never read as cues. Trailing cues ("..., he said.") come
    /// before leading ones so that ", adding that ..." after them borrows their speaker; the three leading forms
    /// share a tier because a participle borrows from whichever verb precedes it. Colon quotes, unnamed reports,
    /// questions and noun cues are the weakest evidence and only take what is left.
    /// </summary>
    public static RuleSet Default { get; } = new(
    [
        [new TranscriptRule()],
        [new AccordingToRule()],
        [new EvidenceRule()],
        [new TrailingCueRule()],
        [new LeadingCueRule(LeadingForm.Subject), new LeadingCueRule(LeadingForm.Participle), new LeadingCueRule(LeadingForm.Coordinated)],
        [new ColonQuoteRule()],
        [new AdverbCueRule()],
        [new AskedRule()],
        [new NounCueRule()],
    ]);

    /// <summary>Every rule, highest priority first.</summary>
    public IReadOnlyList<IAttributionRule> Rules { get; }

    /// <summary>The same rules and tiers with one left out: the ablation in <c>rules-report</c>.</summary>
    public RuleSet Without(string id) => new(tiers.Select(t => t.Where(r => r.Id != id)));

    /// <summary>Every rule's candidates: sentence by sentence, tier by tier, left to right within a tier.</summary>
    public List<Candidate> Propose(TextDocument doc)
    {
        var candidates = new List<Candidate>();
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            foreach (var tier in tiers)
            {
                var from = candidates.Count;
                foreach (var rule in tier)
                {
                    rule.Propose(doc, s, candidates);
                }

                if (tier.Length > 1 && candidates.Count - from > 1)
                {
                    InterleaveByAnchor(candidates, from, tier);
                }
            }
        }

        return candidates;
    }

    public List<Draft> FindDrafts(TextDocument doc) => CandidateResolver.Resolve(doc, Propose(doc));

    // Stable: candidates at the same anchor keep the tier's rule order and each rule's own order.
    private static void InterleaveByAnchor(List<Candidate> candidates, int from, IAttributionRule[] tier)
    {
        var sorted = true;
        for (var i = from + 1; i < candidates.Count && sorted; i++)
        {
            sorted = candidates[i - 1].Anchor < candidates[i].Anchor;
        }

        if (sorted)
        {
            return;
        }

        var slice = candidates.GetRange(from, candidates.Count - from);
        var rank = (Candidate c) => Array.FindIndex(tier, r => r.Id == c.RuleId);
        var ordered = slice.Select((c, i) => (c, i)).OrderBy(x => x.c.Anchor).ThenBy(x => rank(x.c)).ThenBy(x => x.i).Select(x => x.c).ToList();
        candidates.RemoveRange(from, slice.Count);
        candidates.AddRange(ordered);
    }
}
