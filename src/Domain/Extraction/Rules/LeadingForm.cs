namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>How a leading cue finds its source; each form is a rule of its own (<see cref="LeadingCueRule"/>).</summary>
internal enum LeadingForm : byte
{
    /// <summary>"Putin reiterated that ...": the noun phrase right before the cue.</summary>
    Subject,

    /// <summary>"..., adding that ...", "began by saying", "with Gov. X calling": borrowed, or the name before it.</summary>
    Participle,

    /// <summary>"X rejected the idea and said that ...": borrowed from the clause before "and"/"but".</summary>
    Coordinated,
}
