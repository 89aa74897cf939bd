namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// An attribution a rule proposes, in token indices, with the rule's id and score. Immutable: whatever depends on
/// other candidates (an overlapping cue, a source shared with the clause before) is settled by
/// <see cref="CandidateResolver"/>, which turns accepted candidates into <see cref="Draft"/>s.
/// </summary>
internal sealed record Candidate
{
    public required string RuleId { get; init; }

    /// <summary>How often the rule is right, as a probability-like score; it becomes the draft's confidence.</summary>
    public required double Score { get; init; }

    public required int Sentence { get; init; }

    /// <summary>
    /// The token the rule keyed on ("according", the verb, the colon). If a cue accepted earlier covers it, the
    /// candidate is dropped: one word cannot be the cue of two attributions.
    /// </summary>
    public required int Anchor { get; init; }

    public required int CueFirst { get; init; }

    public required int CueLast { get; init; }

    public int SourceFirst { get; init; } = -1;

    public int SourceLast { get; init; } = -1;

    /// <summary>Inclusive token ranges; several when a quote is split around its cue or runs over paragraphs.</summary>
    public required IReadOnlyList<(int First, int Last)> Content { get; init; }

    public bool IsFrame { get; init; }

    public string? ImpliedSpeaker { get; init; }

    /// <summary>
    /// Transcripts ("PENCE: ..."): the speaker label is reserved along with the colon, so no later rule reads a
    /// word of the label as a cue.
    /// </summary>
    public bool ReservesSource { get; init; }

    /// <summary>
    /// ", adding that ..." and "... and said that ...": the clause borrows the source of the attribution accepted
    /// just before it in the sentence, when that one has a source; the candidate's own source is the fallback
    /// (the sentence's subject), and without either the candidate is dropped.
    /// </summary>
    public bool SharesPreviousSource { get; init; }

    /// <summary>"... and seemed to ...": the settled source becomes the first piece of content and nobody is named.</summary>
    public bool SourceJoinsContent { get; init; }

    /// <summary>"X reports that": the attribution frames later sentences when its settled source is a news outlet.</summary>
    public bool FrameIfOutlet { get; init; }

    public bool HasSource => SourceFirst >= 0;
}
