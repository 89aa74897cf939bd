using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Articles;

internal sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public ArticleRequestValidator(AppDbContext db)
    {
        RuleFor(a => a.Headline).NotEmpty().MaximumLength(Limits.Headline);
        RuleFor(a => a.CanonicalUrl).NotEmpty().MaximumLength(Limits.Url)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage("'canonicalUrl' must be an absolute http or https URL.");
        RuleFor(a => a.Language).NotEmpty().MaximumLength(35).Must(LanguageTags.IsValid)
            .WithMessage("'language' must be a BCP 47 tag such as 'en' or 'uk-UA'.");
        RuleFor(a => a.Byline).MaximumLength(Limits.Name);
        RuleFor(a => a.Body).NotEmpty().MaximumLength(Limits.Body);
        RuleFor(a => a.PublishedAt).Must(d => d is null || (d.Value.Year is >= 1800 and <= 2200))
            .WithMessage("'publishedAt' must be a plausible date.");
        RuleFor(a => a.PublisherId)
            .MustAsync(async (id, ct) => await db.Actors.AnyAsync(a => a.Id == id && a.Kind == ActorKind.Outlet, ct))
            .When(a => a.PublisherId is not null)
            .WithMessage("'publisherId' must be an existing actor of kind outlet.");
    }
}

internal sealed class ArticleListRequestValidator : AbstractValidator<ArticleListRequest>
{
    public ArticleListRequestValidator()
    {
        this.AddDateRules();
        RuleFor(r => r.Language).MaximumLength(35);
        RuleFor(r => r.Q).MaximumLength(Limits.Headline);
        RuleFor(r => r.Url).MaximumLength(Limits.Url);
        RuleFor(r => r.Sort).IsDefinedValue();
    }
}
