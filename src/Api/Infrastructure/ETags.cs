using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsroomClaims.Domain;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>Strong ETags from an entity's version, and the If-Match check every write honours.</summary>
public static class ETags
{
    public static string For(Entity entity) => $"\"{entity.Version:N}\"";

    public static void SetETag(this HttpResponse response, Entity entity) => response.Headers.ETag = For(entity);

    /// <summary>
    /// Throws 412 when If-Match names neither "*" nor the current version. Without If-Match the write goes ahead
    /// (the version check in SaveChanges still refuses a write that races another), unless
    /// <see cref="ConcurrencyOptions.RequireIfMatch"/> is on: then it is refused with 428, because a client that
    /// never sends If-Match can overwrite a change it never saw.
    /// </summary>
    public static void CheckIfMatch(this HttpRequest request, Entity entity)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            if (request.HttpContext.RequestServices.GetRequiredService<IOptions<ConcurrencyOptions>>().Value.RequireIfMatch)
            {
                throw new ApiException(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
                    $"This API refuses writes without If-Match. Read the resource and send its ETag ({For(entity)} now) as If-Match.");
            }

            return;
        }

        var current = For(entity);
        var tags = EntityTagHeaderValue.TryParseList(header, out var parsed) ? parsed : [];
        if (tags.Any(t => t.Tag == "*" || (!t.IsWeak && t.Tag == current)))
        {
            return;
        }

        throw new ApiException(StatusCodes.Status412PreconditionFailed, "The resource was changed since you read it.",
            $"If-Match {header} does not match the current ETag {current}; read it again and retry.");
    }
}

public sealed class ConcurrencyOptions
{
    public const string Section = "Concurrency";

    /// <summary>Refuse PUT, PATCH and DELETE of a versioned resource without If-Match (428).</summary>
    public bool RequireIfMatch { get; set; }
}
