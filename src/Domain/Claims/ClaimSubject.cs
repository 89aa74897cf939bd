using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Claims;

/// <summary>An actor the claim is about (Crimea's status is about Russia and Ukraine, say).</summary>
public sealed class ClaimSubject
{
    public Guid ClaimId { get; set; }
    public Guid ActorId { get; set; }

    public Actor? Actor { get; set; }
}
