using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Formatters;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Exports.JsonLd;

/// <summary>Writes a claim, or a page of claims as an <c>@graph</c>, as JSON-LD when the client asks for application/ld+json.</summary>
internal sealed class JsonLdOutputFormatter : ExportOutputFormatter
{
    public JsonLdOutputFormatter()
        : base(ExportMediaTypes.JsonLd)
    {
    }

    protected override bool CanWriteType(Type? type) => type == typeof(StoredClaim) || type == typeof(Page<StoredClaim>);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var http = context.HttpContext;
        var data = http.RequestServices.GetRequiredService<ExportData>();
        var builder = new ClaimJsonLd(new ApiLinks(http.Request), data.Articles, data.Actors, data.Appearances);
        JsonObject document = context.Object is Page<StoredClaim> ? builder.Graph(data.Claims) : builder.Document(data.Claims[0]);
        if (context.Object is Page<StoredClaim> { Next: { } next })
        {
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        await using var writer = context.WriterFactory(http.Response.Body, selectedEncoding);
        await writer.WriteAsync(document.ToJsonString(ReadableJson));
    }
}
