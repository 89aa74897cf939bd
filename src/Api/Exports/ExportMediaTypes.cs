namespace NewsroomClaims.Api.Exports;

/// <summary>The media types the API answers besides its JSON, for newsroom tools and spreadsheets.</summary>
public static class ExportMediaTypes
{
    public const string Json = "application/json";
    public const string JsonLd = "application/ld+json";
    public const string Ninjs = "application/vnd.iptc.ninjs+json";
    public const string Csv = "text/csv";
    public const string Atom = "application/atom+xml";
    public const string Svg = "image/svg+xml";

    /// <summary>
    /// True when Accept names <paramref name="mediaType"/> itself. Exact names only: MediaType.IsSubsetOf counts
    /// application/ld+json as a kind of application/json, which would hand JSON-LD to every client asking for plain JSON.
    /// </summary>
    /// <remarks>
    /// Every list and read asks each export formatter (and the export filter) this, so an Accept that does not even
    /// contain the name (none at all, <c>*/*</c>, <c>application/json</c>: most requests) is answered without parsing it.
    /// </remarks>
    public static bool IsAsked(HttpRequest request, string mediaType) =>
        Mentions(request.Headers.Accept, mediaType)
        && request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase));

    private static bool Mentions(Microsoft.Extensions.Primitives.StringValues accept, string mediaType)
    {
        foreach (var value in accept)
        {
            if (value is not null && value.Contains(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
