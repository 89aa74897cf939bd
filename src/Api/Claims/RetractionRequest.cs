using FluentValidation;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Claims;

/// <summary>Why a claim is retracted.</summary>
public sealed class RetractionRequest
{
    /// <summary>The correction's wording.</summary>
    /// <example>The minister's office says the quote was misattributed; it was the deputy minister.</example>
    public string Reason { get; set; } = "";
}

internal sealed class RetractionRequestValidator : AbstractValidator<RetractionRequest>
{
    public RetractionRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Limits.Description);
}
