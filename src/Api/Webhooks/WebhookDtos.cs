using FluentValidation;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>A webhook subscription to create or change: where to send which changes.</summary>
public sealed class WebhookRequest
{
    /// <summary>Where deliveries are POSTed: an absolute http(s) URL on a public address.</summary>
    /// <example>https://cms.example.org/hooks/newsroom-claims</example>
    public string Url { get; set; } = "";

    /// <summary>What the subscription is for (shown to admins).</summary>
    /// <example>Flag CMS articles when one of their claims is retracted</example>
    public string? Description { get; set; }

    /// <summary>Only changes to these kinds of resource (article, actor, claim, relation, review, statement); empty or omitted: all.</summary>
    /// <example>["claim"]</example>
    public List<ChangeResourceType>? Types { get; set; }

    /// <summary>Only these actions (created, updated, retracted, deleted); empty or omitted: all.</summary>
    /// <example>["retracted"]</example>
    public List<RevisionAction>? Actions { get; set; }

    /// <summary>Only changes to claims this actor made, as the feed's <c>speaker</c>.</summary>
    public Guid? Speaker { get; set; }

    /// <summary>Only changes to claims in this article, as the feed's <c>article</c>.</summary>
    public Guid? Article { get; set; }

    /// <summary>Whether deliveries are made; enabling a subscription the worker disabled starts it again where it stopped.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>A webhook subscription, without its secret.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">Where deliveries go.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Types">The kinds of resource it follows; empty: all.</param>
/// <param name="Actions">The actions it follows; empty: all.</param>
/// <param name="Speaker">Only claims by this actor, if set.</param>
/// <param name="Article">Only claims in this article, if set.</param>
/// <param name="Enabled">Whether deliveries are made.</param>
/// <param name="DisabledReason">Why the worker disabled it, if it did.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last successful one.</param>
/// <param name="NextAttemptAt">After a failure: when the next attempt is made.</param>
/// <param name="DeliveredUpTo">The feed token every matching change up to which has been delivered.</param>
/// <param name="CreatedBy">The API key that created it.</param>
/// <param name="CreatedAt">When it was created.</param>
public record WebhookResponse(
    Guid Id, string Url, string? Description, IReadOnlyList<ChangeResourceType> Types, IReadOnlyList<RevisionAction> Actions,
    Guid? Speaker, Guid? Article, bool Enabled, string? DisabledReason, int ConsecutiveFailures, DateTime NextAttemptAt,
    string DeliveredUpTo, string CreatedBy, DateTime CreatedAt)
{
    public static WebhookResponse From(WebhookSubscription s) => new(
        s.Id, s.Url, s.Description, s.Types, s.Actions, s.Speaker, s.Article, s.Enabled, s.DisabledReason, s.ConsecutiveFailures,
        s.NextAttemptAt, ChangeToken.Encode(s.Cursor), s.CreatedBy, s.CreatedAt);
}

/// <summary>A new subscription with its signing secret, which this response shows once and the API never shows again.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">Where deliveries go.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Types">The kinds of resource it follows; empty: all.</param>
/// <param name="Actions">The actions it follows; empty: all.</param>
/// <param name="Speaker">Only claims by this actor, if set.</param>
/// <param name="Article">Only claims in this article, if set.</param>
/// <param name="Enabled">Whether deliveries are made.</param>
/// <param name="DisabledReason">Why the worker disabled it, if it did.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last successful one.</param>
/// <param name="NextAttemptAt">After a failure: when the next attempt is made.</param>
/// <param name="DeliveredUpTo">The feed token every matching change up to which has been delivered.</param>
/// <param name="CreatedBy">The API key that created it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Secret">The Standard Webhooks signing secret (<c>whsec_</c> + base64): verify each delivery's <c>webhook-signature</c> with it.</param>
public sealed record CreatedWebhookResponse(
    Guid Id, string Url, string? Description, IReadOnlyList<ChangeResourceType> Types, IReadOnlyList<RevisionAction> Actions,
    Guid? Speaker, Guid? Article, bool Enabled, string? DisabledReason, int ConsecutiveFailures, DateTime NextAttemptAt,
    string DeliveredUpTo, string CreatedBy, DateTime CreatedAt, string Secret)
    : WebhookResponse(Id, Url, Description, Types, Actions, Speaker, Article, Enabled, DisabledReason, ConsecutiveFailures, NextAttemptAt, DeliveredUpTo, CreatedBy, CreatedAt);

/// <summary>One delivery attempt.</summary>
/// <param name="Id">The attempt's id.</param>
/// <param name="ChangeId">The change delivered (its <c>id</c> in the feed, sent as <c>webhook-id</c>).</param>
/// <param name="ChangeToken">The change's feed token.</param>
/// <param name="EventType">The event type, e.g. <c>claim.retracted</c>.</param>
/// <param name="Status">pending (a redelivery not yet attempted), succeeded or failed.</param>
/// <param name="ResponseStatus">The receiver's HTTP status; null when no answer came.</param>
/// <param name="LatencyMs">How long the attempt took, in milliseconds.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="ResponseBody">The start of the receiver's answer (at most 512 characters).</param>
/// <param name="Manual">A redelivery asked for through the retry endpoint.</param>
/// <param name="At">When it was made (for a pending one: asked for).</param>
public sealed record DeliveryResponse(
    Guid Id, Guid ChangeId, string ChangeToken, string EventType, DeliveryStatus Status, int? ResponseStatus, double? LatencyMs,
    string? Error, string? ResponseBody, bool Manual, DateTime At)
{
    public static DeliveryResponse From(WebhookDelivery d) => new(
        d.Id, d.ChangeId, Changes.ChangeToken.Encode(d.Sequence), d.EventType, d.Status, d.ResponseStatus, d.LatencyMs, d.Error,
        d.ResponseBody, d.Manual, d.At);
}

internal sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    public WebhookRequestValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(r => r.Url).NotEmpty().MaximumLength(Limits.Url).Custom((url, context) =>
        {
            if (!string.IsNullOrEmpty(url) && WebhookTargets.Problem(url, options.Value.AllowPrivateTargets) is { } problem)
            {
                context.AddFailure(nameof(WebhookRequest.Url), problem);
            }
        });
        RuleFor(r => r.Description).MaximumLength(Limits.Description);
        RuleFor(r => r.Types).Must(t => t is null || t.Count <= 10).WithMessage("'types' lists at most 10 types.");
        RuleForEach(r => r.Types).IsDefinedValue();
        RuleFor(r => r.Actions).Must(a => a is null || a.Count <= 10).WithMessage("'actions' lists at most 10 actions.");
        RuleForEach(r => r.Actions).IsDefinedValue();
    }
}

internal static class WebhookMapping
{
    public static WebhookRequest ToRequest(this WebhookSubscription s) => new()
    {
        Url = s.Url,
        Description = s.Description,
        Types = [.. s.Types],
        Actions = [.. s.Actions],
        Speaker = s.Speaker,
        Article = s.Article,
        Enabled = s.Enabled,
    };

    public static void Apply(this WebhookRequest r, WebhookSubscription s)
    {
        s.Url = r.Url;
        s.Description = r.Description;
        s.Types = [.. (r.Types ?? []).Distinct()];
        s.Actions = [.. (r.Actions ?? []).Distinct()];
        s.Speaker = r.Speaker;
        s.Article = r.Article;
        if (r.Enabled && !s.Enabled)
        {
            // Enabled again by an admin: from where it stopped, at once, with a clean slate.
            s.ConsecutiveFailures = 0;
            s.DisabledReason = null;
            s.NextAttemptAt = DateTime.UtcNow;
        }

        s.Enabled = r.Enabled;
    }

}
