using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Actors;

/// <summary>An actor as stored.</summary>
public sealed record ActorResponse(
    Guid Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRoleDto> Roles,
    string? WikidataId,
    string? Description,
    DateTime CreatedAt,
    DateTime UpdatedAt);
