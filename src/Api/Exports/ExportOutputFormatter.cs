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
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        var asked = accept.Any(a => !a.MatchesAllTypes && !a.MatchesAllSubTypes
            && SupportedMediaTypes.Any(s => new MediaType(s).IsSubsetOf(new MediaType(a.MediaType.Value!))));
        return asked && base.CanWriteResult(context);
    }
}
