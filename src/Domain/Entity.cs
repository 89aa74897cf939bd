namespace NewsroomClaims.Domain;

/// <summary>
/// Shared identity, timestamps and optimistic-concurrency version for every stored resource.
/// Ids are UUID version 7 so that they sort by creation time, which keeps indexes append-only.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime CreatedAt { get; set; } = Now();
    public DateTime UpdatedAt { get; set; } = Now();

    /// <summary>Changes on every write; exposed as the ETag and checked as a concurrency token.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Touch()
    {
        UpdatedAt = Now();
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// The current UTC time to the microsecond, the finest PostgreSQL stores: a time kept in memory (in a stored
    /// claim document, say) then reads back exactly as the row holds it.
    /// </summary>
    public static DateTime Now()
    {
        var ticks = DateTime.UtcNow.Ticks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }
}
