namespace NewsroomClaims.Api.Articles;

/// <summary>An article as stored.</summary>
public sealed record ArticleResponse(
    Guid Id,
    string Headline,
    Guid? PublisherId,
    string? PublisherName,
    string CanonicalUrl,
    DateTime? PublishedAt,
    string Language,
    string? Byline,
    string Body,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>An article in a list: everything but the body.</summary>
public sealed record ArticleSummaryResponse(
    Guid Id,
    string Headline,
    Guid? PublisherId,
    string? PublisherName,
    string CanonicalUrl,
    DateTime? PublishedAt,
    string Language,
    string? Byline,
    int BodyLength,
    DateTime CreatedAt,
    DateTime UpdatedAt);
