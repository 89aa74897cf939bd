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
