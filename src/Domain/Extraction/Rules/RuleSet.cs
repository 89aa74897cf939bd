namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// The rules in priority order, and the two steps of rule-based extraction: every rule proposes candidates for a
/// sentence, then <see cref="CandidateResolver"/> decides. The order is the priority the resolver applies when two
/// candidates want the same cue word or one clause borrows another's source.
/// </summary>
internal sealed class RuleSet
{
    private readonly IAttributionRule[] rules;

    public RuleSet(IEnumerable<IAttributionRule> rules)
    {
        this.rules = [.. rules];
        var duplicate = this.rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id '{duplicate.Key}' is used twice.", nameof(rules));
        }
    }

    /// <summary>
    /// A speaker label ("PENCE:") is the surest sign and claims its paragraph first. Fixed phrases ("according to",
    /// "in a poll") come before verbs so their words are never read as cues. Trailing cues ("..., he said.") come
    /// before leading ones so that ", adding that ..." after them borrows their speaker. Colon quotes, unnamed
    /// reports, questions and noun cues are the weakest evidence and only take what is left.
    /// </summary>
    public static RuleSet Default { get; } = new(
    [
        new TranscriptRule(), new AccordingToRule(), new EvidenceRule(), new TrailingCueRule(), new LeadingCueRule(),
        new ColonQuoteRule(), new AdverbCueRule(), new AskedRule(), new NounCueRule(),
    ]);

    public IReadOnlyList<IAttributionRule> Rules => rules;

    /// <summary>The same rules and order with one left out: the ablation in <c>rules-report</c>.</summary>
    public RuleSet Without(string id) => new(rules.Where(r => r.Id != id));

    /// <summary>Every rule's candidates, sentence by sentence in priority order: the order the resolver decides in.</summary>
    public List<Candidate> Propose(TextDocument doc)
    {
        var candidates = new List<Candidate>();
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            foreach (var rule in rules)
            {
                rule.Propose(doc, s, candidates);
            }
        }

        return candidates;
    }

    public List<Draft> FindDrafts(TextDocument doc) => CandidateResolver.Resolve(doc, Propose(doc));
}
