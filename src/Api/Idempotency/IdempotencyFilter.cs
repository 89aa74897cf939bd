using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on POST: the first successful answer is stored in the same transaction as
/// the write it reports, so a retry after a lost response replays it instead of writing twice, and a crash
/// leaves neither. The same key with another request answers 422.
/// </summary>
public sealed class IdempotencyFilter(AppDbContext db, IOptions<IdempotencyOptions> options, TimeProvider time) : IAsyncResourceFilter
{
    public const string HeaderName = "Idempotency-Key";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)
            || !http.Request.Headers.TryGetValue(HeaderName, out var values)
            || context.ActionDescriptor.EndpointMetadata.OfType<SkipIdempotencyAttribute>().Any())
        {
            await next();
            return;
        }

        var key = values.ToString().Trim();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyRecord.MaxKeyLength || !key.All(c => c is >= '!' and <= '~'))
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "Invalid Idempotency-Key.",
                $"Send one {HeaderName} of 1 to {IdempotencyRecord.MaxKeyLength} visible ASCII characters, e.g. a UUID.");
        }

        var owner = http.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value ?? "anonymous";
        var hash = await HashRequestAsync(http.Request);
        var cancellationToken = http.RequestAborted;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.LockAsync($"idempotency:{owner}:{key}", cancellationToken);

            // An expired answer is not replayed: the key starts afresh, as if the purge had already run.
            var expiredBefore = time.GetUtcNow().UtcDateTime - options.Value.Retention;
            await db.IdempotencyRecords.Where(r => r.Owner == owner && r.Key == key && r.CreatedAt < expiredBefore).ExecuteDeleteAsync(cancellationToken);
            if (await FindAsync(owner, key, cancellationToken) is { } existing)
            {
                await ReplayAsync(http, existing, hash);
                return;
            }

            var original = http.Response.Body;
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            var lostRace = false;
            try
            {
                var executed = await next();
                if (executed.Exception is null && http.Response.StatusCode is >= 200 and < 300)
                {
                    lostRace = !await TryStoreAsync(http, owner, key, hash, buffer.ToArray(), cancellationToken);
                    if (!lostRace)
                    {
                        await transaction.CommitAsync(cancellationToken);
                    }
                }
            }
            finally
            {
                http.Response.Body = original;
            }

            if (!lostRace)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(original, cancellationToken);
                return;
            }
        }

        // Another request with this key committed first (its insert won the primary key): this one's write
        // was rolled back with the transaction, and the client gets the winner's answer.
        db.ChangeTracker.Clear();
        http.Response.Clear();
        var winner = await FindAsync(owner, key, cancellationToken)
            ?? throw new InvalidOperationException("The idempotency record that won the race is missing.");
        await ReplayAsync(http, winner, hash);
    }

    private Task<IdempotencyRecord?> FindAsync(string owner, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Owner == owner && r.Key == key, cancellationToken);

    private async Task<bool> TryStoreAsync(HttpContext http, string owner, string key, byte[] hash, byte[] body, CancellationToken cancellationToken)
    {
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Owner = owner,
            Key = key,
            Method = http.Request.Method,
            Path = http.Request.Path.Value ?? "",
            RequestHash = hash,
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

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord record, byte[] hash)
    {
        if (!CryptographicOperations.FixedTimeEquals(record.RequestHash, hash))
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
        request.EnableBuffering();
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
