using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;

namespace NewsroomClaims.Api.Exports;

/// <summary>
/// An export formatter answers only a client that names its media type in Accept. Without this, a
/// client sending <c>Accept: */*</c> (curl, fetch) would get whichever formatter is registered first,
/// and the export formatters must come before the JSON one (see <see cref="ExportsSetup"/>).
/// </summary>
internal abstract class ExportOutputFormatter : TextOutputFormatter
{
    /// <summary>Indented, with non-ASCII letters kept as they are: export files are read by people too.</summary>
    protected static readonly JsonSerializerOptions ReadableJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    protected ExportOutputFormatter(string mediaType)
    {
        SupportedMediaTypes.Add(mediaType);
        SupportedEncodings.Add(Encoding.UTF8);
    }

    public override bool CanWriteResult(OutputFormatterCanWriteContext context)
    {
        // Exact names only: MediaType.IsSubsetOf counts application/ld+json as a kind of application/json,
        // which would hand JSON-LD to every client asking for plain JSON.
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        var asked = accept.Any(a => SupportedMediaTypes.Contains(a.MediaType.Value!, StringComparer.OrdinalIgnoreCase));
        return asked && base.CanWriteResult(context);
    }
}
