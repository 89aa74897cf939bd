namespace NewsroomClaims.Domain.Actors;

/// <summary>One spelling of an actor's name (the display name or an alias).</summary>
public sealed class ActorName
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActorId { get; set; }
    public string Value { get; set; } = "";

    /// <summary>The case- and width-folded key the uniqueness rule and name look-ups use.</summary>
    public string Normalized { get; set; } = "";

    public bool IsPrimary { get; set; }
}
