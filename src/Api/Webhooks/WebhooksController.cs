using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Idempotency;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>Webhook subscriptions: signed deliveries of the change feed to newsroom tools. Admin keys only.</summary>
[Route("api/v1/webhooks")]
[Tags("Webhooks")]
[Produces("application/json")]
[Authorize(Policy = AccessPolicies.Admin)]
[NoReadCache]
public sealed class WebhooksController(AppDbContext db, ChangeFeed feed, RequestValidation validation) : ApiControllerBase
{
    /// <summary>List subscriptions, newest first, without their secrets.</summary>
    [HttpGet(Name = nameof(ListWebhooks))]
    [ProducesResponseType<IReadOnlyList<WebhookResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<WebhookResponse>>> ListWebhooks(CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.OrderByDescending(s => s.Id).Take(1000).ToListAsync(cancellationToken);
        return subscriptions.ConvertAll(WebhookResponse.From);
    }

    /// <summary>Get one subscription, without its secret.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}", Name = nameof(GetWebhook))]
    [ProducesResponseType<WebhookResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<WebhookResponse>> GetWebhook(Guid id, CancellationToken cancellationToken) =>
        WebhookResponse.From(await FindAsync(id, cancellationToken));

    /// <summary>Subscribe a URL to changes. The response holds the signing secret, shown this once.</summary>
    /// <remarks>
    /// Deliveries start with the changes committed after this call, in commit order, at least once, each a POST signed
    /// per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). A 2xx answer within the timeout
    /// delivers; anything else is retried with exponential backoff, and after `Webhooks:DisableAfterFailures` failed
    /// attempts in a row the subscription is disabled. The URL must be on a public address (no loopback, link-local or
    /// private networks); redirects are not followed.
    /// </remarks>
    [HttpPost(Name = nameof(CreateWebhook))]
    [Consumes("application/json")]
    [SkipIdempotency]
    [ProducesResponseType<CreatedWebhookResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CreatedWebhookResponse>> CreateWebhook(WebhookRequest request, CancellationToken cancellationToken)
    {
        var subscription = new WebhookSubscription
        {
            Secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            Cursor = await feed.HeadAsync(cancellationToken),
            CreatedBy = User.FindFirstValue(ClaimTypes.Name) ?? "unknown",
            Enabled = false,
        };
        request.Apply(subscription);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var s = WebhookResponse.From(subscription);
        return CreatedAtRoute(nameof(GetWebhook), new { id = subscription.Id }, new CreatedWebhookResponse(
            s.Id, s.Url, s.Description, s.Types, s.Actions, s.Speaker, s.Article, s.Enabled, s.DisabledReason, s.ConsecutiveFailures,
            s.NextAttemptAt, s.DeliveredUpTo, s.CreatedBy, s.CreatedAt, subscription.Secret));
    }

    /// <summary>Replace a subscription's URL, filters and enabled flag; its secret and place in the feed stay.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="request">The subscription's new settings; omitted optional fields are cleared.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("{id:guid}", Name = nameof(ReplaceWebhook))]
    [Consumes("application/json")]
    [ProducesResponseType<WebhookResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<WebhookResponse>> ReplaceWebhook(Guid id, WebhookRequest request, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(id, cancellationToken, track: true);
        request.Apply(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookResponse.From(subscription);
    }

    /// <summary>Change a subscription (JSON Merge Patch): its URL, filters, or whether it is enabled.</summary>
    /// <remarks>Send only the fields to change as `application/merge-patch+json`. `{"enabled": true}` starts a disabled subscription again where it stopped.</remarks>
    /// <param name="id">The subscription's id.</param>
    /// <param name="patch">The fields to change.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPatch("{id:guid}", Name = nameof(PatchWebhook))]
    [Consumes("application/merge-patch+json", "application/json")]
    [ProducesResponseType<WebhookResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<WebhookResponse>> PatchWebhook(Guid id, JsonElement patch, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(id, cancellationToken, track: true);
        var values = MergePatch.Apply(subscription.ToRequest(), patch);
        await validation.ValidateAsync(values, cancellationToken);
        values.Apply(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookResponse.From(subscription);
    }

    /// <summary>Delete a subscription and its delivery records; nothing more is sent to it.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("{id:guid}", Name = nameof(DeleteWebhook))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteWebhook(Guid id, CancellationToken cancellationToken)
    {
        db.WebhookSubscriptions.Remove(await FindAsync(id, cancellationToken, track: true));
        await db.SaveChangesAsync(cancellationToken);
        return NoContent();
    }

    private async Task<WebhookSubscription> FindAsync(Guid id, CancellationToken cancellationToken, bool track = false) =>
        await (track ? db.WebhookSubscriptions.AsTracking() : db.WebhookSubscriptions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw ApiException.NotFound("Webhook subscription", id);
}
