using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Claims;

/// <summary>
/// One hop in "who passed the statement on": an outlet, an anonymous group or the speaker.
/// Position 0 is the outermost reporter; the last link is always the speaker. Made only by <see cref="Claim"/>.
/// </summary>
public sealed class ChainLink
{
    private ChainLink()
    {
    }

    internal ChainLink(Guid claimId, int position, LinkDraft draft)
    {
        ClaimId = claimId;
        Position = position;
        ActorId = draft.ActorId;
        Description = draft.ActorId is null ? draft.Description?.Trim() : draft.Description;
        Span = draft.Span;
        Cue = draft.Cue;
        CueSpan = draft.CueSpan;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ClaimId { get; private set; }
    public int Position { get; private set; }

    /// <summary>A known actor, or null when the link is only described ("sources familiar with the talks").</summary>
    public Guid? ActorId { get; private set; }

    public Actor? Actor { get; set; }

    public string? Description { get; private set; }
    public string? Cue { get; private set; }

    /// <summary>Where the source is named in the article body.</summary>
    public TextSpan? Span { get; private set; }

    /// <summary>Where this link's cue stands.</summary>
    public TextSpan? CueSpan { get; private set; }

    public LinkDraft ToDraft() => new(ActorId, Description, Span, Cue, CueSpan);
}
