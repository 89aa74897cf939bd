using System.ComponentModel;
using FluentValidation;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Changes;

/// <summary>Where to read the change feed from, which changes, and how long to wait for one.</summary>
public sealed class ChangeListRequest
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;
    public const int MaxWait = 30;

    /// <summary>A token from an earlier answer (a change's <c>token</c> or the page's <c>nextToken</c>); omit to start at the oldest change kept.</summary>
    public string? After { get; set; }

    /// <summary>Only changes to these kinds of resource (repeat the parameter for several): article, actor, claim, relation, review, statement.</summary>
    public List<ChangeResourceType>? Type { get; set; }

    /// <summary>Only these actions (repeat for several): created, updated, retracted, deleted.</summary>
    public List<RevisionAction>? Action { get; set; }

    /// <summary>Only changes to claims this actor made (as speaker).</summary>
    public Guid? Speaker { get; set; }

    /// <summary>Only changes to claims in this article.</summary>
    public Guid? Article { get; set; }

    /// <summary>Changes per answer, 1 to 500.</summary>
    [DefaultValue(DefaultPageSize)]
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>Seconds to wait for a change when none is there yet (long poll), 0 to 30; the answer comes as soon as one commits.</summary>
    [DefaultValue(0)]
    public int Wait { get; set; }

    public ChangeFilter Filter => new(Type ?? [], Action ?? [], Speaker, Article);
}

internal sealed class ChangeListRequestValidator : AbstractValidator<ChangeListRequest>
{
    public ChangeListRequestValidator()
    {
        RuleFor(r => r.After).Must(token => token is null || ChangeToken.TryDecode(token, out _))
            .WithMessage("'after' is not a token this API issued; use a change's token or the nextToken of an earlier answer.");
        RuleForEach(r => r.Type).IsDefinedValue();
        RuleForEach(r => r.Action).IsDefinedValue();
        RuleFor(r => r.PageSize).InclusiveBetween(1, ChangeListRequest.MaxPageSize);
        RuleFor(r => r.Wait).InclusiveBetween(0, ChangeListRequest.MaxWait);
    }
}
