namespace NewsroomClaims.Domain.History;

public enum RevisionAction
{
    Created,
    Updated,
    Retracted,
    Deleted,
}

/// <summary>
/// One change to an article, actor or claim: who made it, when, and the record's state after it
/// (before it, for a deletion). Written in the same transaction as the change, never edited.
/// </summary>
public sealed class Revision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>"article", "actor", "claim", "relation" or "review".</summary>
    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    /// <summary>1 for the creation, then one more per change.</summary>
    public int Number { get; set; }

    public RevisionAction Action { get; set; }

    /// <summary>The name of the API key that made the change, or "system" for the seed and start-up work.</summary>
    public string Author { get; set; } = "";

    public Guid? AuthorKeyId { get; set; }

    public DateTime At { get; set; } = DateTime.UtcNow;

    /// <summary>The record as JSON: field name to value, child rows as arrays.</summary>
    public string Snapshot { get; set; } = "{}";

    /// <summary>
    /// The revision's place in the change feed: given as its transaction commits, so a revision committed later
    /// always has a higher number. Null only until then.
    /// </summary>
    public long? Sequence { get; set; }

    /// <summary>For a claim: the article it is in, so the feed can follow one article's claims.</summary>
    public Guid? ArticleId { get; set; }

    /// <summary>For a claim: its speaker (null for an anonymous one), so the feed can follow one speaker's claims.</summary>
    public Guid? SpeakerId { get; set; }
}
