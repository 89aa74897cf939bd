namespace NewsroomClaims.Domain.Actors;

/// <summary>A role held over a period, such as "US special envoy" or "Kremlin spokesperson".</summary>
public sealed class ActorRole
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActorId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
