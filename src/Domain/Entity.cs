namespace NewsroomClaims.Domain;

/// <summary>
/// Shared identity, timestamps and optimistic-concurrency version for every stored resource.
/// Ids are UUID version 7 so that they sort by creation time, which keeps indexes append-only.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Changes on every write; exposed as the ETag and checked as a concurrency token.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Touch()
    {
        UpdatedAt = DateTime.UtcNow;
        Version = Guid.NewGuid();
    }
}
