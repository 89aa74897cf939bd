using System.Globalization;
using System.Text;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Exports.Csv;

/// <summary>
/// Claims as a spreadsheet: one row per claim, the chain spelt out in one cell. A page of the list and the
/// whole-list export write the same file through these two calls: the header once, then rows batch by batch.
/// </summary>
public static class ClaimCsv
{
    /// <summary>RFC 4180's optional header parameter tells readers the first row names the columns.</summary>
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static readonly string[] Header =
    [
        "id", "saidOn", "saidOnPrecision", "speaker", "cue", "kind", "content", "quote", "chain", "topics", "about",
        "articleId", "articleHeadline", "articleUrl", "articlePublishedAt", "origin", "createdAt", "updatedAt",
    ];

    /// <summary>The byte order mark (so spreadsheets pick UTF-8 rather than the system code page) and the header row.</summary>
    public static async Task WriteHeaderAsync(TextWriter writer, CancellationToken cancellationToken)
    {
        var output = new StringBuilder("\uFEFF");
        CsvCell.AppendRow(output, Header);
        await writer.WriteAsync(output, cancellationToken);
    }

    /// <summary>
    /// One row per claim. A batch is built in memory and handed over in one asynchronous write: the response
    /// writer may not block on the network, and a batch is small (a page, or one query of an export).
    /// </summary>
    public static async Task WriteRowsAsync(TextWriter writer, IEnumerable<ClaimResponse> claims,
        IReadOnlyDictionary<Guid, Article> articles, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        foreach (var claim in claims)
        {
            CsvCell.AppendRow(output, Cells(claim, articles.GetValueOrDefault(claim.ArticleId)));
        }

        await writer.WriteAsync(output, cancellationToken);
    }

    /// <summary>"MENAFN → Bloomberg (According to) → Sources familiar with the talks (said) → Vladimir Putin (reiterated)".</summary>
    public static string Chain(IEnumerable<LinkResponse> chain) =>
        string.Join(" → ", chain.Select(l => l.Cue is null ? Name(l) : $"{Name(l)} ({l.Cue})"));

    private static string?[] Cells(ClaimResponse claim, Article? article) =>
    [
        claim.Id.ToString(),
        claim.SaidOn?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        claim.SaidOn is null ? null : Kebab(claim.SaidOn.Precision),
        Name(claim.Speaker),
        claim.Cue,
        Kebab(claim.Kind),
        claim.Content,
        claim.Quote,
        Chain(claim.Chain),
        string.Join("; ", claim.Topics),
        string.Join("; ", claim.About.Select(a => a.Name)),
        claim.ArticleId.ToString(),
        article?.Headline,
        article?.CanonicalUrl,
        article?.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Kebab(claim.Origin),
        claim.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        claim.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    ];

    private static string Name(LinkResponse link) => link.ActorName ?? link.Description ?? "unnamed source";

    private static string Kebab<T>(T value) where T : struct, Enum =>
        ApiControllersSetup.EnumNaming.ConvertName(value.ToString());
}
