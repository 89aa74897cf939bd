namespace NewsroomClaims.Domain.Extraction;

/// <summary>Mutable working form of an attribution, in token indices, before it is turned into public records.</summary>
internal sealed class Draft
{
    /// <summary>The rule that proposed it (<see cref="Rules.IAttributionRule.Id"/>); null when the learned model drew it.</summary>
    public string? RuleId { get; set; }

    public int SourceFirst { get; set; } = -1;

    public int SourceLast { get; set; } = -1;

    public int CueFirst { get; set; }

    public int CueLast { get; set; }

    /// <summary>Inclusive token ranges; several when a quote is split around its cue or runs over paragraphs.</summary>
    public List<(int First, int Last)> Content { get; } = [];

    public double Confidence { get; set; }

    /// <summary>Set for "According to X," paragraph openers and "X reports that" frames, which govern later sentences.</summary>
    public bool IsFrame { get; set; }

    /// <summary>Who speaks when no source is named ("reportedly"): an anonymous description, or null.</summary>
    public string? ImpliedSpeaker { get; set; }

    public bool HasSource => SourceFirst >= 0;

    public int Sentence { get; set; }

    public int ReportedBy { get; set; } = -1;
}
