namespace NewsroomClaims.Domain.Claims;

/// <summary>What a claim says, as whoever records it hands it over: plain values, checked by <see cref="Claim"/>.</summary>
/// <param name="Speaker">Who said it; becomes the chain's last link.</param>
/// <param name="ReportedBy">Who passed it on, outermost first, not counting the speaker.</param>
/// <param name="Cue">The reporting verb; the speaker link's cue when omitted.</param>
/// <param name="CueSpan">Where the cue stands; the speaker link's cue span when omitted.</param>
public sealed record ClaimDraft(
    string Content,
    ClaimKind Kind,
    LinkDraft Speaker,
    IReadOnlyList<LinkDraft>? ReportedBy = null,
    string? Quote = null,
    string? Cue = null,
    TextSpan? CueSpan = null,
    TextSpan? ContentSpan = null,
    ApproximateDate? SaidOn = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<Guid>? About = null);

/// <summary>One link of a chain as handed over: a known actor, or a description of an unnamed source.</summary>
public sealed record LinkDraft(Guid? ActorId, string? Description = null, TextSpan? Span = null, string? Cue = null, TextSpan? CueSpan = null);

/// <summary>A date known to the day, the month or the year, with the article's own words for it.</summary>
public sealed record ApproximateDate(DateOnly Date, DatePrecision Precision = DatePrecision.Day, string? Text = null);

/// <summary>What a claim needs to know of its article: its id, how long its body is, and when it appeared.</summary>
public readonly record struct ArticleText(Guid Id, int BodyLength, DateTime? PublishedAt);

/// <summary>A change that would break one of a claim's rules; <see cref="IsConflict"/> when the claim's state forbids it.</summary>
public sealed class ClaimRuleException(string message, bool isConflict = false) : Exception(message)
{
    public bool IsConflict { get; } = isConflict;
}
