namespace NewsroomClaims.Api.Idempotency;

/// <summary>The first answer to a POST sent with an Idempotency-Key, kept so a retry gets the same answer.</summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 200;

    /// <summary>The API key id that sent it ("anonymous" otherwise): keys are scoped to their sender.</summary>
    public string Owner { get; set; } = "";

    public string Key { get; set; } = "";

    public string Method { get; set; } = "";

    public string Path { get; set; } = "";

    /// <summary>SHA-256 of method, path and body: a reused key with another request is refused.</summary>
    public byte[] RequestHash { get; set; } = [];

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[] ResponseBody { get; set; } = [];

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>Leaves an action out of Idempotency-Key handling (key creation must never store the secret it returns).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SkipIdempotencyAttribute : Attribute;
