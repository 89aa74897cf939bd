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
    public static bool IsAsked(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase));
}
