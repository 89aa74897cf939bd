using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>A list holds at most a number of items: a rule the OpenAPI document can state (<c>maxItems</c>), unlike a Must.</summary>
public interface IMaxItemsValidator
{
    int Max { get; }
}

internal sealed class MaxItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaxItemsValidator
    where TCollection : ICollection?
{
    public int Max => max;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value) => value is null || value.Count <= max;

    protected override string GetDefaultMessageTemplate(string errorCode) => $"'{{PropertyName}}' holds at most {max} items.";
}

public static class MaxItemsValidatorExtensions
{
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : ICollection? =>
        rule.SetValidator(new MaxItemsValidator<T, TCollection>(max));
}
