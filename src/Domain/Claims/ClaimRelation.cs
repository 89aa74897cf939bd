namespace NewsroomClaims.Domain.Claims;

/// <summary>A directed link between two claims: From contradicts / supports / repeats / responds to To.</summary>
public sealed class ClaimRelation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FromClaimId { get; set; }
    public Guid ToClaimId { get; set; }
    public RelationKind Kind { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
