using System.Text;
using Microsoft.AspNetCore.Mvc.Formatters;
using NewsroomClaims.Api.Articles;

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
        var data = http.RequestServices.GetRequiredService<ExportData>();
        var article = data.Article ?? throw new InvalidOperationException("The article's export data was not loaded.");
        var item = ArticleNinjs.Build(article, data.ArticleClaims, new ApiLinks(http.Request));
        await using var writer = context.WriterFactory(http.Response.Body, selectedEncoding);
        await writer.WriteAsync(item.ToJsonString(ReadableJson));
    }
}
