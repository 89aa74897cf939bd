using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Idempotency;

/// <summary>A POST's Idempotency-Key, scoped to its sender, with the hash of the request it was first used for.</summary>
public sealed record IdempotencyKey(string Owner, string Key, byte[] RequestHash);

/// <summary>
/// Honours <c>Idempotency-Key</c> on POST. It opens no transaction of its own: the request's write transaction
/// (<see cref="WriteTransactionFilter"/>) looks the key up, runs the action, and stores the first successful
/// answer in the same transaction as the write it reports, so a retry after a lost response replays it instead
/// of writing twice, and a crash leaves neither. The same key with another request answers 422.
/// </summary>
public sealed class IdempotencyStore(AppDbContext db, IOptions<IdempotencyOptions> options, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The request's key, or null when it sends none or the action opts out; 400 for a malformed key.</summary>
    public static async Task<IdempotencyKey?> ReadAsync(HttpContext http, ActionDescriptor action)
    {
        if (!HttpMethods.IsPost(http.Request.Method)
            || !http.Request.Headers.TryGetValue(HeaderName, out var values)
            || action.EndpointMetadata.OfType<SkipIdempotencyAttribute>().Any())
        {
            return null;
        }

        var key = values.ToString().Trim();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyRecord.MaxKeyLength || !key.All(c => c is >= '!' and <= '~'))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "Invalid Idempotency-Key.",
                $"Send one {HeaderName} of 1 to {IdempotencyRecord.MaxKeyLength} visible ASCII characters, e.g. a UUID.");
        }

        var owner = http.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value ?? "anonymous";
        return new IdempotencyKey(owner, key, await HashRequestAsync(http.Request));
    }

    /// <summary>
    /// Inside the write transaction: waits for any other request with this key to commit (PostgreSQL; SQLite's
    /// single writer already queues them), then finds its stored answer. An expired answer is not replayed: the key
    /// starts afresh, as if the purge had already run.
    /// </summary>
    public async Task<IdempotencyRecord?> FindAsync(IdempotencyKey key, CancellationToken cancellationToken)
    {
        await db.LockAsync($"idempotency:{key.Owner}:{key.Key}", cancellationToken);
        var expiredBefore = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        await db.IdempotencyRecords.Where(r => r.Owner == key.Owner && r.Key == key.Key && r.CreatedAt < expiredBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return await LookUpAsync(key, cancellationToken);
    }

    public Task<IdempotencyRecord?> LookUpAsync(IdempotencyKey key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Owner == key.Owner && r.Key == key.Key, cancellationToken);

    /// <summary>Adds the answer to the write transaction; false when another request with the key stored one first.</summary>
    public async Task<bool> TryStoreAsync(HttpContext http, IdempotencyKey key, byte[] body, CancellationToken cancellationToken)
    {
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Owner = key.Owner,
            Key = key.Key,
            Method = http.Request.Method,
            Path = http.Request.Path.Value ?? "",
            RequestHash = key.RequestHash,
            StatusCode = http.Response.StatusCode,
            ContentType = http.Response.ContentType,
            Location = http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            ETag = http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
            ResponseBody = body,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    /// <summary>Writes the stored answer; 422 when the key was first used for another request.</summary>
    public static async Task ReplayAsync(HttpContext http, IdempotencyRecord record, IdempotencyKey key)
    {
        if (!CryptographicOperations.FixedTimeEquals(record.RequestHash, key.RequestHash))
        {
            throw new ApiException(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused with another request.",
                $"The key was first used for a different {record.Method} {record.Path} request; use a new key for a new request.");
        }

        http.Response.StatusCode = record.StatusCode;
        http.Response.ContentType = record.ContentType;
        if (record.Location is not null)
        {
            http.Response.Headers.Location = record.Location;
        }

        if (record.ETag is not null)
        {
            http.Response.Headers.ETag = record.ETag;
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        await http.Response.Body.WriteAsync(record.ResponseBody, http.RequestAborted);
    }

    private static async Task<byte[]> HashRequestAsync(HttpRequest request)
    {
        RequestLimits.BufferInMemory(request);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
