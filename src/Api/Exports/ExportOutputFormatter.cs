using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace NewsroomClaims.Api.Exports;

/// <summary>
/// An export formatter answers only a client that names its media type in Accept. Without this, a
/// client sending <c>Accept: */*</c> (curl, fetch) would get whichever formatter is registered first,
/// and the export formatters must come before the JSON one (see <see cref="ExportsSetup"/>).
/// </summary>
/// <remarks>Formatters only format: what they add from the database is loaded beforehand into <see cref="ExportData"/> (<see cref="ExportDataFilter"/>).</remarks>
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
        foreach (var type in SupportedMediaTypes)
        {
            if (ExportMediaTypes.IsAsked(context.HttpContext.Request, type))
            {
                return base.CanWriteResult(context);
            }
        }

        return false;
    }
}

