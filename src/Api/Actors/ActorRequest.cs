using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Actors;

/// <summary>An actor as a client writes it (create with POST, replace with PUT, or patch its fields).</summary>
public sealed class ActorRequest
{
    /// <summary>Display name, unique among all actors' names and aliases regardless of case.</summary>
    /// <example>Volodymyr Zelensky</example>
    public string Name { get; set; } = "";

    /// <summary>person, organisation, government, outlet or anonymous-group.</summary>
    /// <example>person</example>
    public ActorKind Kind { get; set; }

    /// <summary>Other spellings and transliterations; each is unique among all actors, like the name.</summary>
    /// <example>["Zelenskyy", "Vladimir Zelensky"]</example>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Roles held over time.</summary>
    public List<ActorRoleDto> Roles { get; set; } = [];

    /// <summary>Wikidata item id, such as Q3874799.</summary>
    /// <example>Q3874799</example>
    public string? WikidataId { get; set; }

    /// <summary>A short description.</summary>
    /// <example>President of Ukraine since 2019.</example>
    public string? Description { get; set; }
}

/// <summary>A role held from one date to another; open ends are null.</summary>
/// <param name="Title">The role, e.g. "Kremlin spokesperson".</param>
/// <param name="From">First day in the role, if known.</param>
/// <param name="To">Last day in the role; null while it is held.</param>
public sealed record ActorRoleDto(string Title, DateOnly? From = null, DateOnly? To = null);
