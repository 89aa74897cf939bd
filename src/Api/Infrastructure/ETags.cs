using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsroomClaims.Domain;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>Strong ETags from an entity's version, and the If-Match a controller reads into an <see cref="ExpectedVersion"/>.</summary>
public static class ETags
{
    public static string For(Entity entity) => For(entity.Version);

    public static string For(Guid version) => $"\"{version:N}\"";

    public static void SetETag(this HttpResponse response, Entity entity) => response.Headers.ETag = For(entity);

    /// <summary>What the request's If-Match says the writer should find (see <see cref="ConcurrencyOptions.RequireIfMatch"/>).</summary>
    public static ExpectedVersion ExpectedVersion(this HttpRequest request)
    {
        var required = request.HttpContext.RequestServices.GetRequiredService<IOptions<ConcurrencyOptions>>().Value.RequireIfMatch;
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return new ExpectedVersion(null, required);
        }

        var tags = EntityTagHeaderValue.TryParseList(header, out var parsed) ? parsed : [];
        return new ExpectedVersion(tags.Where(t => !t.IsWeak || t.Tag == "*").Select(t => t.Tag.ToString()).ToList(), required, header.ToString());
    }
}

/// <summary>
/// The version a write expects to find, from If-Match: null tags when the client sent none. A plain value, so writers
/// take it without seeing HTTP.
/// </summary>
/// <param name="Tags">The strong entity tags (or "*") the client accepts; null when If-Match was not sent.</param>
/// <param name="Required">Refuse a write that expects nothing (Concurrency:RequireIfMatch).</param>
/// <param name="Sent">The header as sent, for the error message.</param>
public sealed record ExpectedVersion(IReadOnlyList<string>? Tags, bool Required = false, string? Sent = null)
{
    public static readonly ExpectedVersion Any = new(Tags: null);

    /// <summary>
    /// Throws 412 when the tags name neither "*" nor the current version. Expecting nothing lets the write go ahead
    /// (the version check in SaveChanges still refuses a write that races another) unless <see cref="Required"/>:
    /// then 428, because a client that never sends If-Match can overwrite a change it never saw.
    /// </summary>
    public void Check(Entity entity)
    {
        var current = ETags.For(entity);
        if (Tags is null)
        {
            if (Required)
            {
                throw new ApiException(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
                    $"This API refuses writes without If-Match. Read the resource and send its ETag ({current} now) as If-Match.");
            }

            return;
        }

        if (Tags.Any(t => t == "*" || t == current))
        {
            return;
        }

        throw new ApiException(StatusCodes.Status412PreconditionFailed, "The resource was changed since you read it.",
            $"If-Match {Sent} does not match the current ETag {current}; read it again and retry.");
    }
}

public sealed class ConcurrencyOptions
{
    public const string Section = "Concurrency";

    /// <summary>Refuse PUT, PATCH and DELETE of a versioned resource without If-Match (428).</summary>
    public bool RequireIfMatch { get; set; }
}
