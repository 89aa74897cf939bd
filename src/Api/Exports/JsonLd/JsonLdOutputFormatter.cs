using System.Text;
using System.Text.Json;
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

    protected override bool CanWriteType(Type? type) => type == typeof(ClaimResponse) || type == typeof(Page<ClaimResponse>);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var http = context.HttpContext;
        var claims = context.Object switch
        {
            ClaimResponse claim => [claim],
            Page<ClaimResponse> page => page.Items,
            _ => throw new InvalidOperationException($"Cannot write {context.ObjectType} as JSON-LD."),
        };

        var lookups = http.RequestServices.GetRequiredService<ExportLookups>();
        var articles = await lookups.ArticlesAsync(claims.Select(c => c.ArticleId), http.RequestAborted);
        var actorIds = claims.SelectMany(c => c.Chain.Select(l => l.ActorId).Concat(c.About.Select(a => (Guid?)a.Id)))
            .OfType<Guid>().Concat(articles.Values.Select(a => a.PublisherId).OfType<Guid>());
        var actors = await lookups.ActorsAsync(actorIds, http.RequestAborted);

        var builder = new ClaimJsonLd(new ApiLinks(http.Request), articles, actors);
        JsonObject document = context.Object is Page<ClaimResponse> list ? builder.Graph(list.Items) : builder.Document((ClaimResponse)context.Object!);
        if (context.Object is Page<ClaimResponse> { Next: { } next })
        {
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        await using var writer = context.WriterFactory(http.Response.Body, selectedEncoding);
        await writer.WriteAsync(document.ToJsonString(ReadableJson));
    }
}
