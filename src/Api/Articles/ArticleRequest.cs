namespace NewsroomClaims.Api.Articles;

/// <summary>An article as a client writes it.</summary>
public sealed class ArticleRequest
{
    /// <summary>The headline.</summary>
    /// <example>Trump’s envoy wants to persuade Putin on conditions of ceasefire agreement</example>
    public string Headline { get; set; } = "";

    /// <summary>The publishing outlet: an actor of kind outlet.</summary>
    public Guid? PublisherId { get; set; }

    /// <summary>The article's canonical URL; unique across articles.</summary>
    /// <example>https://menafn.com/1109492744/trumps-envoy-wants-to-persuade-putin</example>
    public string CanonicalUrl { get; set; } = "";

    /// <summary>When the article was published (ISO 8601, UTC).</summary>
    /// <example>2025-04-30T00:00:00Z</example>
    public DateTime? PublishedAt { get; set; }

    /// <summary>BCP 47 language tag.</summary>
    /// <example>en</example>
    public string Language { get; set; } = "en";

    /// <summary>The byline as printed.</summary>
    public string? Byline { get; set; }

    /// <summary>The full text; claims' character offsets (UTF-16 code units) point into it.</summary>
    /// <example>(MENAFN) According to Bloomberg, US special envoy Steve Witkoff met with Russian President Vladimir Putin last week.</example>
    public string Body { get; set; } = "";
}
