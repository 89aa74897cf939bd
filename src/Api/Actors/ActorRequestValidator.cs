using FluentValidation;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Actors;

internal sealed class ActorRequestValidator : AbstractValidator<ActorRequest>
{
    public ActorRequestValidator()
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(Limits.Name)
            .Must(n => NameKey.Of(n).Length > 0).WithMessage("'name' must contain more than white space.");
        RuleFor(a => a.Kind).IsDefinedValue();
        RuleFor(a => a.Aliases).NotNull().MaxItems(Limits.Aliases).WithMessage($"At most {Limits.Aliases} aliases.");
        RuleForEach(a => a.Aliases).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(a => a.Roles).NotNull().MaxItems(Limits.Aliases).WithMessage($"At most {Limits.Aliases} roles.");
        RuleForEach(a => a.Roles).ChildRules(role =>
        {
            role.RuleFor(r => r.Title).NotEmpty().MaximumLength(Limits.Name);
            role.RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
                .WithMessage("A role cannot end before it starts.");
        });
        RuleFor(a => a.WikidataId).Matches("^Q[1-9][0-9]{0,12}$").When(a => a.WikidataId is not null)
            .WithMessage("'wikidataId' must look like Q42.");
        RuleFor(a => a.Description).MaximumLength(Limits.Description);
    }
}

internal sealed class ActorListRequestValidator : AbstractValidator<ActorListRequest>
{
    public ActorListRequestValidator()
    {
        this.AddPageRules();
        RuleFor(r => r.Name).MaximumLength(Limits.Name);
        RuleFor(r => r.Q).MaximumLength(Limits.Name);
        RuleFor(r => r.Kind).IsDefinedValue();
    }
}
