using FluentValidation;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Claims;

namespace NewsroomClaims.Api.Articles;

/// <summary>An article with the claims found in it, stored together or not at all.</summary>
public sealed class ArticleImportRequest
{
    public ArticleRequest? Article { get; set; }

    /// <summary>The claims; their `articleId` is ignored (the new article's id is used). At most 200.</summary>
    public List<ClaimRequest> Claims { get; set; } = [];
}

/// <summary>The stored article and its claims.</summary>
/// <param name="Article">The new article.</param>
/// <param name="Claims">Its claims, in request order.</param>
public sealed record ArticleImportResponse(ArticleResponse Article, IReadOnlyList<ClaimResponse> Claims);

/// <summary>
/// What the import answers, in the shape of <see cref="ArticleImportResponse"/>: each claim as the document its save just
/// stored, written out as it is (as a list page is) instead of parsed back into a response and serialized again.
/// </summary>
internal sealed record StoredArticleImport(ArticleResponse Article, IReadOnlyList<StoredClaim> Claims);

internal sealed class ArticleImportRequestValidator : AbstractValidator<ArticleImportRequest>
{
    public const int MaxClaims = 200;

    public ArticleImportRequestValidator()
    {
        RuleFor(r => r.Article).NotNull();
        RuleFor(r => r.Claims).NotNull().MaxItems(MaxClaims).WithMessage($"At most {MaxClaims} claims per import.");
        RuleForEach(r => r.Claims).NotNull();
    }
}
