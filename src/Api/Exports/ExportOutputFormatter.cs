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
    public override bool CanWriteResult(OutputFormatterCanWriteContext context)
    {
        // Exact names only: MediaType.IsSubsetOf counts application/ld+json as a kind of application/json,
        // which would hand JSON-LD to every client asking for plain JSON.
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        var asked = accept.Any(a => SupportedMediaTypes.Contains(a.MediaType.Value!, StringComparer.OrdinalIgnoreCase));
        return asked && base.CanWriteResult(context);
    }
}
