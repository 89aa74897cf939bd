namespace NewsroomClaims.Domain.Access;

/// <summary>What a key may do; each role includes the ones before it.</summary>
public enum ApiKeyRole
{
    Reader = 0,
    Editor = 1,
    Admin = 2,
}

/// <summary>
/// A client's API key. Only the SHA-256 hash of the secret is stored; <see cref="Prefix"/> is the public
/// part of the key that finds the row without comparing hashes across the table.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Who holds the key ("desk-bot", "jane"); recorded as the author of every change made with it.</summary>
    public string Name { get; set; } = "";

    public ApiKeyRole Role { get; set; }

    public string Prefix { get; set; } = "";

    public byte[] Hash { get; set; } = [];

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
