using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>Filters and paging for a subscription's delivery attempts, newest first.</summary>
public sealed class DeliveryListRequest : PageRequest
{
    /// <summary>Only attempts with this status: pending, succeeded or failed.</summary>
    public DeliveryStatus? Status { get; set; }
}

internal sealed class DeliveryListRequestValidator : AbstractValidator<DeliveryListRequest>
{
    public DeliveryListRequestValidator()
    {
        this.AddPageRules();
        RuleFor(r => r.Status).IsDefinedValue();
    }
}

/// <summary>What happened to each delivery of a subscription, and redelivery on request. Admin keys only.</summary>
[Route("api/v1/webhooks/{id:guid}/deliveries")]
[Tags("Webhooks")]
[Produces("application/json")]
[Authorize(Policy = AccessPolicies.Admin)]
[NoReadCache]
public sealed class WebhookDeliveriesController(AppDbContext db) : ApiControllerBase
{
    /// <summary>List delivery attempts, newest first: status, latency, error.</summary>
    /// <remarks>Every attempt, retries included; each names the change it carried (`changeId`, the `webhook-id` sent).</remarks>
    /// <param name="id">The subscription's id.</param>
    /// <param name="request">Paging and the status filter.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet(Name = nameof(ListWebhookDeliveries))]
    [ProducesResponseType<Page<DeliveryResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<DeliveryResponse>>> ListWebhookDeliveries(Guid id, [FromQuery] DeliveryListRequest request, CancellationToken cancellationToken)
    {
        await EnsureSubscriptionAsync(id, cancellationToken);
        var query = db.WebhookDeliveries.Where(d => d.SubscriptionId == id);
        if (request.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (request.Cursor is { } cursor)
        {
            query = query.Where(d => d.Id.CompareTo(cursor.Id) < 0);
        }

        var deliveries = await query.OrderByDescending(d => d.Id).Take(request.PageSize + 1).ToListAsync(cancellationToken);
        return Request.ToPage(deliveries, request.PageSize, d => PageCursor.Encode(0, d.Id), DeliveryResponse.From);
    }

    /// <summary>Get one delivery attempt.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="deliveryId">The attempt's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{deliveryId:guid}", Name = nameof(GetWebhookDelivery))]
    [ProducesResponseType<DeliveryResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeliveryResponse>> GetWebhookDelivery(Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        DeliveryResponse.From(await FindAsync(id, deliveryId, cancellationToken));

    /// <summary>Deliver a delivery's change again.</summary>
    /// <remarks>
    /// Queues one more attempt of the same change (same `webhook-id`, freshly signed) and answers 202 with the pending
    /// attempt; the worker makes it next, ahead of the subscription's ordered deliveries, whose place is not changed.
    /// A disabled subscription redelivers once enabled again.
    /// </remarks>
    /// <param name="id">The subscription's id.</param>
    /// <param name="deliveryId">Any attempt of the change to deliver again.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("{deliveryId:guid}/retry", Name = nameof(RetryWebhookDelivery))]
    [ProducesResponseType<DeliveryResponse>(StatusCodes.Status202Accepted)]
    public async Task<ActionResult<DeliveryResponse>> RetryWebhookDelivery(Guid id, Guid deliveryId, CancellationToken cancellationToken)
    {
        var original = await FindAsync(id, deliveryId, cancellationToken);
        var retry = new WebhookDelivery
        {
            SubscriptionId = id,
            ChangeId = original.ChangeId,
            Sequence = original.Sequence,
            EventType = original.EventType,
            Status = DeliveryStatus.Pending,
            Manual = true,
        };
        db.WebhookDeliveries.Add(retry);
        await db.SaveChangesAsync(cancellationToken);
        return AcceptedAtRoute(nameof(GetWebhookDelivery), new { id, deliveryId = retry.Id }, DeliveryResponse.From(retry));
    }

    private async Task EnsureSubscriptionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw ApiException.NotFound("Webhook subscription", id);
        }
    }

    private async Task<WebhookDelivery> FindAsync(Guid id, Guid deliveryId, CancellationToken cancellationToken)
    {
        await EnsureSubscriptionAsync(id, cancellationToken);
        return await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken)
            ?? throw ApiException.NotFound("Delivery", deliveryId);
    }
}
