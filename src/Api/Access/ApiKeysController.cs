using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Idempotency;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Access;

/// <summary>API keys: who may read, write and administer. Admin keys only.</summary>
[Route("api/v1/api-keys")]
[Tags("API keys")]
[Produces("application/json")]
[Authorize(Policy = AccessPolicies.Admin)]
[SkipIdempotency]
public sealed class ApiKeysController(AppDbContext db, ApiKeyStore store) : ApiControllerBase
{
    /// <summary>List keys, newest first, without their secrets.</summary>
    [HttpGet(Name = nameof(ListApiKeys))]
    [ProducesResponseType<IReadOnlyList<ApiKeyResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<ApiKeyResponse>>> ListApiKeys(CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.OrderByDescending(k => k.Id).Take(1000).ToListAsync(cancellationToken);
        return keys.Select(ApiKeyResponse.From).ToList();
    }

    /// <summary>Get one key, without its secret.</summary>
    /// <param name="id">The key's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}", Name = nameof(GetApiKey))]
    [ProducesResponseType<ApiKeyResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ApiKeyResponse>> GetApiKey(Guid id, CancellationToken cancellationToken) =>
        ApiKeyResponse.From(await FindAsync(id, cancellationToken));

    /// <summary>Create a key. The response holds the key itself, shown this once.</summary>
    [HttpPost(Name = nameof(CreateApiKey))]
    [Consumes("application/json")]
    [ProducesResponseType<CreatedApiKeyResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CreatedApiKeyResponse>> CreateApiKey(ApiKeyRequest request, CancellationToken cancellationToken)
    {
        var (key, secret) = await store.CreateAsync(request.Name, request.Role, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return CreatedAtRoute(nameof(GetApiKey), new { id = key.Id },
            new CreatedApiKeyResponse(key.Id, key.Name, key.Role, key.Prefix, key.CreatedAt, key.RevokedAt, secret));
    }

    /// <summary>Revoke a key; it stops working at once. The last working admin key cannot be revoked.</summary>
    /// <param name="id">The key's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("{id:guid}", Name = nameof(RevokeApiKey))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> RevokeApiKey(Guid id, CancellationToken cancellationToken)
    {
        var key = await FindAsync(id, cancellationToken, track: true);
        if (key.IsActive && key.Role == ApiKeyRole.Admin
            && !await db.ApiKeys.AnyAsync(k => k.Id != id && k.Role == ApiKeyRole.Admin && k.RevokedAt == null, cancellationToken))
        {
            throw ApiException.Conflict("This is the last working admin key; create another admin key before revoking it.");
        }

        key.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return NoContent();
    }

    private async Task<ApiKey> FindAsync(Guid id, CancellationToken cancellationToken, bool track = false) =>
        await (track ? db.ApiKeys.AsTracking() : db.ApiKeys).FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
        ?? throw ApiException.NotFound("API key", id);
}
