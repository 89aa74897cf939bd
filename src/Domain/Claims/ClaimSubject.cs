using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Claims;

/// <summary>An actor the claim is about (Crimea's status is about Russia and Ukraine, say). Made only by <see cref="Claim"/>.</summary>
public sealed class ClaimSubject
{
    private ClaimSubject()
    {
    }

    internal ClaimSubject(Guid claimId, Guid actorId) => (ClaimId, ActorId) = (claimId, actorId);

    public Guid ClaimId { get; private set; }
    public Guid ActorId { get; private set; }

    public Actor? Actor { get; set; }
}
