namespace NewsroomClaims.Domain.Actors;

/// <summary>Someone who says, reports or is talked about: a person, a government, an outlet or an anonymous group.</summary>
public sealed class Actor : Entity
{
    public string Name { get; private set; } = "";
    public ActorKind Kind { get; set; }
    public string? WikidataId { get; set; }
    public string? Description { get; set; }

    /// <summary>
    /// Every spelling the actor answers to, the display name included, so that one unique
    /// index over normalised names keeps a name from belonging to two actors.
    /// </summary>
    public List<ActorName> Names { get; private set; } = [];

    public List<ActorRole> Roles { get; private set; } = [];

    public IEnumerable<string> Aliases => Names.Where(n => !n.IsPrimary).Select(n => n.Value);

    public Actor() { }

    public Actor(string name, ActorKind kind, IEnumerable<string>? aliases = null)
    {
        Kind = kind;
        SetNames(name, aliases ?? []);
    }

    /// <summary>Replaces the display name and aliases; duplicates of one spelling collapse into one.</summary>
    public void SetNames(string name, IEnumerable<string> aliases)
    {
        Name = name.Trim();
        var wanted = new List<(string Value, string Key, bool Primary)> { (Name, NameKey.Of(Name), true) };
        foreach (var alias in aliases)
        {
            var key = NameKey.Of(alias);
            if (key.Length > 0 && wanted.All(w => w.Key != key))
            {
                wanted.Add((alias.Trim(), key, false));
            }
        }

        // Keep rows whose key survives so EF updates in place instead of delete-then-insert,
        // which would trip the unique index inside one SaveChanges.
        Names.RemoveAll(n => wanted.All(w => w.Key != n.Normalized));
        foreach (var (value, key, primary) in wanted)
        {
            var existing = Names.FirstOrDefault(n => n.Normalized == key);
            if (existing is null)
            {
                Names.Add(new ActorName { ActorId = Id, Value = value, Normalized = key, IsPrimary = primary });
            }
            else
            {
                existing.Value = value;
                existing.IsPrimary = primary;
            }
        }
    }

    public void SetRoles(IEnumerable<ActorRole> roles)
    {
        Roles.Clear();
        foreach (var role in roles)
        {
            role.ActorId = Id;
            Roles.Add(role);
        }
    }
}
