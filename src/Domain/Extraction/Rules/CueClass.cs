namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>How a cue verb takes its content; decides where content starts after the cue.</summary>
internal enum CueClass : byte
{
    /// <summary>say, claim, warn: a that-clause, a bare clause or a quote follows directly.</summary>
    Speech,

    /// <summary>tell, assure, inform: an addressee comes before the content.</summary>
    Tell,

    /// <summary>think, believe, know: a (that-)clause; weaker evidence of attribution.</summary>
    Belief,

    /// <summary>want, plan, vow, refuse: a to-infinitive carries the intention.</summary>
    Intent,

    /// <summary>reject, praise, accuse, call for: an object phrase is the content.</summary>
    Stance,
}
