namespace NewsroomClaims.Api.Matching;

/// <summary>
/// A claim's embedding as stored: the binary code the candidate search compares and the int8 vector candidates are
/// re-scored with (see <see cref="Domain.Matching.VectorCodes"/>; 432 bytes against 1,536 for floats), with what the
/// search filters on copied from the claim. <see cref="Seq"/> grows with every write, so each instance's in-memory
/// index catches up by reading the rows past the last one it saw. Rows outlive a deleted claim as inactive
/// tombstones, which is how the other instances learn of the deletion.
/// </summary>
public sealed class ClaimEmbedding
{
    public Guid ClaimId { get; set; }

    /// <summary>Order of writes; written under one lock, so every instance sees them in this order.</summary>
    public long Seq { get; set; }

    /// <summary>The model that made the vector (a new model re-embeds every claim whose row names another).</summary>
    public string Model { get; set; } = "";

    /// <summary>The first 16 bytes of the SHA-256 of the content embedded: an edit that keeps the words is not re-embedded.</summary>
    public byte[] ContentHash { get; set; } = [];

    /// <summary>The binary codes of the whole content and of each of its sentences when it has several, end to end.</summary>
    public byte[] Code { get; set; } = [];

    /// <summary>The int8 vectors of the same parts, end to end.</summary>
    public byte[] Vector { get; set; } = [];

    public Guid? SpeakerId { get; set; }

    public long SortKey { get; set; }

    /// <summary>False for a retracted or deleted claim: kept, never found.</summary>
    public bool Active { get; set; }

    public DateTime EmbeddedAt { get; set; }
}

/// <summary>
/// The durable queue: a claim written (created, edited, retracted, deleted) gets a row in the same transaction as the
/// write, so a crash between the commit and the embedding leaves the job behind, never the claim unembedded. The worker
/// deletes the row in the transaction that stores the embedding.
/// </summary>
public sealed class MatchingJob
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClaimId { get; set; }

    /// <summary>For a deleted claim: the statement it belonged to, whose first appearance may change.</summary>
    public Guid? StatementId { get; set; }

    public DateTime EnqueuedAt { get; set; } = Domain.Entity.Now();

    /// <summary>Times a worker took the job and failed; the job waits longer after each.</summary>
    public int Attempts { get; set; }

    public DateTime NotBefore { get; set; } = DateTime.MinValue;
}
