using FluentValidation;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Statements;

/// <summary>One thing a speaker said, with where it first appeared.</summary>
/// <param name="Id">The statement's id.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Appearances">How many claims (appearances in articles) it has.</param>
/// <param name="FirstAppearance">Its earliest appearance.</param>
/// <param name="Corrected">True once an editor merged or split it: its appearances then stay as the editor left them.</param>
/// <param name="Correction">The last correction: what moved, and why.</param>
/// <param name="CreatedAt">When it was found.</param>
/// <param name="UpdatedAt">When it was last corrected.</param>
public sealed record StatementResponse(Guid Id, ActorRef Speaker, int Appearances, AppearanceRef? FirstAppearance, bool Corrected, string? Correction,
    DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Merge another statement into this one: they are the same statement.</summary>
public sealed class StatementMergeRequest
{
    /// <summary>The statement whose appearances join this one; it is deleted.</summary>
    public Guid Statement { get; set; }

    /// <summary>Why, for the history.</summary>
    /// <example>Both report the same remark at the Kremlin briefing.</example>
    public string? Reason { get; set; }
}

/// <summary>Split claims off into a statement of their own: they say something else.</summary>
public sealed class StatementSplitRequest
{
    /// <summary>The claims (appearances of this statement) that leave it together.</summary>
    public List<Guid> Claims { get; set; } = [];

    /// <summary>Why, for the history.</summary>
    /// <example>These report a different demand made a week later.</example>
    public string? Reason { get; set; }
}

/// <summary>A statement as it was after one change.</summary>
/// <param name="Number">1 for its creation, then one more per change.</param>
/// <param name="Action">created, updated or deleted.</param>
/// <param name="Author">The API key's name, or "system" for the automatic grouping.</param>
/// <param name="At">When.</param>
/// <param name="Corrected">Whether an editor had corrected it by then.</param>
/// <param name="Correction">The correction this change made (or the last one before it).</param>
public sealed record StatementRevision(int Number, RevisionAction Action, string Author, DateTime At, bool Corrected, string? Correction);

internal sealed class StatementMergeRequestValidator : AbstractValidator<StatementMergeRequest>
{
    public StatementMergeRequestValidator()
    {
        RuleFor(r => r.Statement).NotEmpty();
        RuleFor(r => r.Reason).MaximumLength(500);
    }
}

internal sealed class StatementSplitRequestValidator : AbstractValidator<StatementSplitRequest>
{
    public const int MaxClaims = 1000;

    public StatementSplitRequestValidator()
    {
        RuleFor(r => r.Claims).NotNull().Must(c => c.Count is > 0 and <= MaxClaims).WithMessage($"Name 1 to {MaxClaims} claims.");
        RuleForEach(r => r.Claims).NotEmpty();
        RuleFor(r => r.Reason).MaximumLength(500);
    }
}
