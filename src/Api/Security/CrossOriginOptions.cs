namespace NewsroomClaims.Api.Security;

/// <summary>
/// Which browser origins may call the API (`Cors:AllowedOrigins`). None by default: a browser page on
/// another origin gets no answer it may read. A listed origin (`https://cms.example.org`) may read and write
/// with a key; `*` lets any origin read (GET, HEAD) and nothing more.
/// </summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Cors";
    public const string AnyOrigin = "*";

    /// <summary>Origins as the browser sends them (scheme, host and port only), or `*` for reads from anywhere.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    public bool AnyOriginMayRead => AllowedOrigins.Contains(AnyOrigin);

    public IReadOnlyList<string> ListedOrigins => AllowedOrigins.Where(o => o != AnyOrigin).ToList();

    /// <summary>
    /// Reads the list as JSON configuration gives it (an array) or as an environment variable gives it
    /// (`Cors__AllowedOrigins="https://a.example https://b.example"`), and refuses at start-up what a browser
    /// would never send as an origin: a path, a query, a wildcard inside a host, a scheme other than http(s).
    /// </summary>
    public static CrossOriginOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section).GetSection(nameof(AllowedOrigins));
        var values = section.Value is { Length: > 0 } single
            ? single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToArray();
        return new CrossOriginOptions { AllowedOrigins = values.Select(Normalize).Distinct(StringComparer.OrdinalIgnoreCase).ToList() };
    }

    private static string Normalize(string origin)
    {
        if (origin == AnyOrigin)
        {
            return origin;
        }

        var trimmed = origin.TrimEnd('/');
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 || trimmed.Contains('*'))
        {
            throw new InvalidOperationException(
                $"Cors:AllowedOrigins holds '{origin}', which is not an origin: give scheme, host and optional port (https://cms.example.org), or * for reads from anywhere.");
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }
}
