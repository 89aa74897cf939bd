using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Articles;

/// <summary>Filters for the article list, ordered by publication date.</summary>
public sealed class ArticleListRequest : DatedPageRequest
{
    /// <summary>Only articles by this publisher (actor id).</summary>
    public Guid? Publisher { get; set; }

    /// <summary>Only articles in this language (BCP 47 tag, e.g. "en").</summary>
    public string? Language { get; set; }

    /// <summary>Only articles whose headline contains this text.</summary>
    public string? Q { get; set; }

    /// <summary>The article with exactly this canonical URL.</summary>
    public string? Url { get; set; }
}
