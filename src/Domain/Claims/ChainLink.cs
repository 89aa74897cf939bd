using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Claims;

/// <summary>
/// One hop in "who passed the statement on": an outlet, an anonymous group or the speaker.
/// Position 0 is the outermost reporter; the last link is always the speaker.
/// </summary>
public sealed class ChainLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClaimId { get; set; }
    public int Position { get; set; }

    /// <summary>A known actor, or null when the link is only described ("sources familiar with the talks").</summary>
    public Guid? ActorId { get; set; }

    public Actor? Actor { get; set; }

    public string? Description { get; set; }
    public string? Cue { get; set; }
    public int? SpanStart { get; set; }
    public int? SpanEnd { get; set; }
    public int? CueStart { get; set; }
    public int? CueEnd { get; set; }

    public TextSpan? Span => TextSpan.From(SpanStart, SpanEnd);
    public TextSpan? CueSpan => TextSpan.From(CueStart, CueEnd);
}
