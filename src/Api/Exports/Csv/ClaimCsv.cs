using System.Globalization;
using System.Text;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Exports.Csv;

/// <summary>A claims list as a spreadsheet: one row per claim, the chain spelt out in one cell.</summary>
public static class ClaimCsv
{
    public static readonly string[] Header =
    [
        "id", "saidOn", "saidOnPrecision", "speaker", "cue", "kind", "content", "quote", "chain", "topics", "about",
        "articleId", "articleHeadline", "articleUrl", "articlePublishedAt", "origin", "createdAt", "updatedAt",
    ];

    public static string Write(IEnumerable<ClaimResponse> claims, IReadOnlyDictionary<Guid, Article> articles)
    {
        var output = new StringBuilder();
        CsvCell.AppendRow(output, Header);
        foreach (var claim in claims)
        {
            articles.TryGetValue(claim.ArticleId, out var article);
            CsvCell.AppendRow(output,
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
            ]);
        }

        return output.ToString();
    }

    /// <summary>"MENAFN → Bloomberg (According to) → Sources familiar with the talks (said) → Vladimir Putin (reiterated)".</summary>
    public static string Chain(IEnumerable<LinkResponse> chain) =>
        string.Join(" → ", chain.Select(l => l.Cue is null ? Name(l) : $"{Name(l)} ({l.Cue})"));

    private static string Name(LinkResponse link) => link.ActorName ?? link.Description ?? "unnamed source";

    private static string Kebab<T>(T value) where T : struct, Enum =>
        ApiControllersSetup.EnumNaming.ConvertName(value.ToString());
}
