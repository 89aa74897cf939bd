using FluentValidation;

namespace NewsroomClaims.Api.Extractions;

internal sealed class ExtractionRequestValidator : AbstractValidator<ExtractionRequest>
{
    public ExtractionRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("'text' must not be empty.");
        RuleFor(r => r.Publisher).MaximumLength(Data.Limits.Name);
    }
}

internal sealed class ArticleExtractionRequestValidator : AbstractValidator<ArticleExtractionRequest>
{
    public ArticleExtractionRequestValidator() =>
        RuleFor(r => r.MinConfidence).InclusiveBetween(0, 1).WithMessage("'minConfidence' must be between 0 and 1.");
}
