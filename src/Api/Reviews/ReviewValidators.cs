using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews;

internal sealed class ReviewRequestValidator : AbstractValidator<ReviewRequest>
{
    public ReviewRequestValidator(AppDbContext db)
    {
        RuleFor(r => r.ReviewerId).NotEmpty()
            .MustAsync(async (id, ct) => await db.Actors.AnyAsync(a => a.Id == id, ct))
            .WithMessage(r => $"Actor {r.ReviewerId} does not exist.");
        RuleFor(r => r.Rating).NotNull().WithMessage("'rating' is required: a ratingValue, an alternateName, or both.")
            .SetValidator(new ReviewRatingValidator()!);
        RuleFor(r => r.ClaimReviewed).MaximumLength(Limits.Content);
        RuleFor(r => r.Headline).MaximumLength(Limits.Headline);
        RuleFor(r => r.Summary).MaximumLength(Limits.Description);
        RuleFor(r => r.Url).MaximumLength(Limits.Url).Must(BeHttpUrl).When(r => r.Url is not null)
            .WithMessage("'url' must be an absolute http or https URL.");
        RuleFor(r => r.PublishedOn).Must(d => d is null || d.Value.Year is >= 1800 and <= 2200)
            .WithMessage("'publishedOn' must be a plausible date.");
        RuleFor(r => r.Language).Must(l => l is null || LanguageTags.IsValid(l))
            .WithMessage("'language' must be a BCP 47 tag such as 'en' or 'es-AR'.");
    }

    internal static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

internal sealed class ReviewRatingValidator : AbstractValidator<ReviewRating>
{
    private const decimal Largest = 1_000_000_000m;

    public ReviewRatingValidator()
    {
        RuleFor(r => r.AlternateName).MaximumLength(Limits.Headline);
        RuleFor(r => r.RatingValue).InclusiveBetween(-Largest, Largest);
        RuleFor(r => r.BestRating).InclusiveBetween(-Largest, Largest);
        RuleFor(r => r.WorstRating).InclusiveBetween(-Largest, Largest);
        RuleFor(r => r).Custom((rating, context) =>
        {
            if (new Rating(rating.RatingValue, rating.BestRating, rating.WorstRating, rating.AlternateName).Problem() is { } problem)
            {
                context.AddFailure(rating.RatingValue is null && string.IsNullOrWhiteSpace(rating.AlternateName) ? "AlternateName" : "RatingValue", problem);
            }
        });
    }
}

internal sealed class ReviewListRequestValidator : AbstractValidator<ReviewListRequest>
{
    public ReviewListRequestValidator()
    {
        this.AddDateRules();
        RuleFor(r => r.Verdict).IsDefinedValue();
        RuleFor(r => r.Origin).IsDefinedValue();
        RuleFor(r => r.Sort).IsDefinedValue();
    }
}
