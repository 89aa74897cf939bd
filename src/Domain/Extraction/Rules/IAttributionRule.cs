namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// One way attributions are written ("X said that ...", "According to X, ..."). A rule reads the document and
/// proposes candidates; it holds no state and never sees what other rules proposed, so it can be changed, scored
/// (<c>rules-report</c>) or switched off on its own. Whether a candidate survives is decided by
/// <see cref="CandidateResolver"/>.
/// </summary>
internal interface IAttributionRule
{
    /// <summary>Stable, lower-case id ("leading-cue"): it names the rule in drafts, reports and the ablation.</summary>
    string Id { get; }

    /// <summary>Appends this rule's candidates for one sentence to <paramref name="into"/>, left to right.</summary>
    void Propose(TextDocument doc, int sentence, List<Candidate> into);
}
