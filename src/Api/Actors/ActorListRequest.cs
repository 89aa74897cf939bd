using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Actors;

/// <summary>Filters for the actor list, ordered by name.</summary>
public sealed class ActorListRequest : PageRequest
{
    /// <summary>Resolve a name or alias (any case), e.g. "Zelenskyy"; returns the one actor who answers to it.</summary>
    public string? Name { get; set; }

    /// <summary>Only actors of this kind.</summary>
    public ActorKind? Kind { get; set; }

    /// <summary>Only actors whose name contains this text.</summary>
    public string? Q { get; set; }
}
