using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Exports.Ninjs;

/// <summary>Writes an article as IPTC ninjs when the client asks for application/vnd.iptc.ninjs+json.</summary>
internal sealed class NinjsOutputFormatter : ExportOutputFormatter
{
    public NinjsOutputFormatter()
        : base(ExportMediaTypes.Ninjs)
    {
    }

    protected override bool CanWriteType(Type? type) => type == typeof(ArticleResponse);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var http = context.HttpContext;
        var response = (ArticleResponse)context.Object!;
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var article = await db.Articles.Include(a => a.Publisher).FirstAsync(a => a.Id == response.Id, http.RequestAborted);
        var claims = await http.RequestServices.GetRequiredService<ExportLookups>().ClaimsInArticleAsync(article.Id, http.RequestAborted);

        var item = ArticleNinjs.Build(article, claims, new ApiLinks(http.Request));
        await using var writer = context.WriterFactory(http.Response.Body, selectedEncoding);
        await writer.WriteAsync(item.ToJsonString(ReadableJson));
    }
}
