using NewsroomClaims.Api.Changes;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>
/// A target URL that is sent every change matching its filters, signed with its secret (Standard Webhooks), at least
/// once and in commit order. Its cursor is its place in the change feed: the outbox is the feed itself, whose entries
/// (the revisions) are written in the same transaction as each change.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Url { get; set; } = "";

    public string? Description { get; set; }

    public List<ChangeResourceType> Types { get; set; } = [];

    public List<RevisionAction> Actions { get; set; } = [];

    public Guid? Speaker { get; set; }

    public Guid? Article { get; set; }

    /// <summary>The signing secret (<c>whsec_</c> + base64), kept to sign deliveries and shown once, at creation.</summary>
    public string Secret { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Why deliveries stopped, when the worker disabled the subscription.</summary>
    public string? DisabledReason { get; set; }

    /// <summary>The feed position delivered up to: every matching change at or below it has been delivered.</summary>
    public long Cursor { get; set; }

    /// <summary>Failed attempts since the last successful one.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Not before this time (exponential backoff after failures).</summary>
    public DateTime NextAttemptAt { get; set; } = DateTime.UtcNow;

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public ChangeFilter Filter => new(Types, Actions, Speaker, Article);
}
