using System.Text;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Exports.Csv;

/// <summary>
/// Writes a page of claims as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets pick the
/// encoding) when the client asks for text/csv. Further pages are linked in the Link header.
/// </summary>
internal sealed class CsvOutputFormatter : ExportOutputFormatter
{
    public CsvOutputFormatter()
        : base(ExportMediaTypes.Csv)
    {
    }

    protected override bool CanWriteType(Type? type) => type == typeof(Page<StoredClaim>);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var http = context.HttpContext;
        var page = (Page<StoredClaim>)context.Object!;
        var data = http.RequestServices.GetRequiredService<ExportData>();

        http.Response.ContentType = ClaimCsv.ContentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "claims.csv" }.ToString();
        if (page.Next is { } next)
        {
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        await using var writer = context.WriterFactory(http.Response.Body, selectedEncoding);
        await ClaimCsv.WriteHeaderAsync(writer, http.RequestAborted);
        await ClaimCsv.WriteRowsAsync(writer, data.Claims, data.Articles, http.RequestAborted);
    }
}
