using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Net.Http.Headers;
using NewsroomClaims.Api.Exports;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// One ETag per representation, and <c>If-None-Match</c> answered for each. An action sets the ETag of its resource's
/// version (<see cref="ETags"/>); when content negotiation picks another media type than JSON, the tag gets that
/// media type's suffix, so the JSON-LD of a claim never passes for its JSON (a cache holding one must not answer 304
/// to a request for the other), and <c>Vary: Accept</c> tells caches the answer depends on it. Writes keep matching
/// <c>If-Match</c> against the JSON ETag: that is the representation they take and return.
/// </summary>
internal sealed class ConditionalGetFilter(OutputFormatterSelector selector, IHttpResponseStreamWriterFactory writers) : IAsyncResultFilter, IOrderedFilter
{
    /// <summary>After [Produces] has set the action's media types on the result.</summary>
    public int Order => int.MaxValue;

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || context.Result is not ObjectResult { StatusCode: null or StatusCodes.Status200OK } result)
        {
            await next();
            return;
        }

        var offered = context.ActionDescriptor.EndpointMetadata.OfType<ProducesAttribute>().LastOrDefault()?.ContentTypes.Count ?? 1;
        if (offered > 1)
        {
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        }

        var etag = http.Response.Headers.ETag.ToString();
        if (etag.Length > 2 && offered > 1 && MediaTypeOf(http, result) is { } mediaType && Suffix(mediaType) is { } suffix)
        {
            etag = $"{etag[..^1]}.{suffix}\"";
            http.Response.Headers.ETag = etag;
        }

        if (etag.Length > 0 && Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        await next();
    }

    /// <summary>The media type MVC will write, chosen the way <see cref="ObjectResultExecutor"/> chooses it.</summary>
    private string? MediaTypeOf(HttpContext http, ObjectResult result)
    {
        var write = new OutputFormatterWriteContext(http, writers.CreateWriter, result.DeclaredType ?? result.Value?.GetType() ?? typeof(object), result.Value);
        return selector.SelectFormatter(write, result.Formatters, result.ContentTypes) is null ? null : write.ContentType.Value;
    }

    /// <summary>Null for JSON, whose ETag is the resource's version as it is.</summary>
    private static string? Suffix(string contentType)
    {
        var mediaType = new MediaType(contentType);
        var name = $"{mediaType.Type}/{mediaType.SubType}";
        return name switch
        {
            ExportMediaTypes.Json => null,
            ExportMediaTypes.JsonLd => "jsonld",
            ExportMediaTypes.Ninjs => "ninjs",
            ExportMediaTypes.Csv => "csv",
            _ => string.Concat(name.Where(char.IsAsciiLetterOrDigit)),
        };
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues header, string etag)
    {
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
