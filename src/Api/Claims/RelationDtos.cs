using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>Relates this claim to another: this claim contradicts / supports / repeats / responds to the other.</summary>
public sealed class RelationRequest
{
    /// <summary>The other claim.</summary>
    public Guid ToClaimId { get; set; }

    /// <summary>contradicts, supports, repeats or responds-to.</summary>
    /// <example>contradicts</example>
    public RelationKind Kind { get; set; }

    /// <summary>Why the relation holds.</summary>
    /// <example>Zelensky rejects ceding Crimea; Trump says he may compromise on it.</example>
    public string? Note { get; set; }
}

/// <summary>A relation between two claims, read from either end.</summary>
/// <param name="Id">The relation's id.</param>
/// <param name="FromClaimId">The claim that contradicts / supports / repeats / responds to.</param>
/// <param name="ToClaimId">The claim it is about.</param>
/// <param name="Kind">contradicts, supports, repeats or responds-to.</param>
/// <param name="Note">Why the relation holds.</param>
/// <param name="Direction">outgoing when the claim asked about is FromClaimId, incoming otherwise.</param>
/// <param name="CreatedAt">When it was recorded.</param>
public sealed record RelationResponse(Guid Id, Guid FromClaimId, Guid ToClaimId, RelationKind Kind, string? Note, RelationDirection Direction, DateTime CreatedAt);

public enum RelationDirection
{
    Outgoing,
    Incoming,
}
