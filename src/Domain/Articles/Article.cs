using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Articles;

/// <summary>A published news text whose body the claims' character offsets point into.</summary>
public sealed class Article : Entity, ISortKeyed
{
    public string Headline { get; set; } = "";
    public Guid? PublisherId { get; set; }
    public Actor? Publisher { get; set; }
    public string CanonicalUrl { get; set; } = "";
    public DateTime? PublishedAt { get; set; }

    /// <summary>BCP 47 language tag, e.g. "en" or "uk-UA".</summary>
    public string Language { get; set; } = "en";

    public string? Byline { get; set; }
    public string Body { get; set; } = "";

    /// <summary>Publication time, or creation time when unknown, as ticks: the keyset paging key.</summary>
    public long SortKey { get; set; }

    public void RefreshSortKey() => SortKey = (PublishedAt ?? CreatedAt).Ticks;
}
