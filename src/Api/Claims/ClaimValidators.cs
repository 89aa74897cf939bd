using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Claims;

internal sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public ClaimRequestValidator(ClaimReferences references)
    {
        RuleFor(c => c.ArticleId).NotEmpty();
        RuleFor(c => c.Content).NotEmpty().MaximumLength(Limits.Content);
        RuleFor(c => c.Quote).MaximumLength(Limits.Content);
        RuleFor(c => c.Kind).IsDefinedValue();
        RuleFor(c => c.Cue).MaximumLength(Limits.Cue);
        RuleFor(c => c.Speaker).NotNull().WithMessage("'speaker' is required: an actorId or a description of the source.")
            .SetValidator(new LinkRequestValidator()!);
        RuleFor(c => c.ReportedBy).NotNull().MaxItems(20).WithMessage("A chain holds at most 20 reporters.");
        RuleForEach(c => c.ReportedBy).SetValidator(new LinkRequestValidator());
        RuleFor(c => c.SaidOn!.Text).MaximumLength(Limits.Cue).When(c => c.SaidOn is not null);
        RuleFor(c => c.SaidOn!.Precision).IsDefinedValue().When(c => c.SaidOn is not null);
        RuleFor(c => c.Topics).NotNull().MaxItems(Limits.Topics).WithMessage($"At most {Limits.Topics} topics.");
        RuleForEach(c => c.Topics).NotEmpty().MaximumLength(Limits.Topic);
        RuleFor(c => c.About).NotNull().MaxItems(Limits.Topics).WithMessage($"At most {Limits.Topics} actors.");
        RuleFor(c => c.CueSpan).Must(BeOrdered).WithMessage("'cueSpan' must have 0 <= start < end.");
        RuleFor(c => c.ContentSpan).Must(BeOrdered).WithMessage("'contentSpan' must have 0 <= start < end.");

        // The rules below read the database; they run only once the request's shape is sound.
        RuleFor(c => c).CustomAsync(async (claim, context, cancellationToken) =>
        {
            if (claim.Speaker is null || claim.ReportedBy is null || claim.About is null || claim.ArticleId == Guid.Empty)
            {
                return;
            }

            var bodyLength = await references.BodyLengthAsync(claim.ArticleId, cancellationToken);
            if (bodyLength is null)
            {
                context.AddFailure(nameof(ClaimRequest.ArticleId), $"Article {claim.ArticleId} does not exist.");
            }
            else
            {
                CheckSpans(claim, bodyLength.Value, context);
            }

            var links = claim.ReportedBy.Append(claim.Speaker).ToList();
            var wanted = links.Where(l => l.ActorId is not null).Select(l => l.ActorId!.Value).Concat(claim.About).Distinct().ToList();
            foreach (var missing in await references.MissingActorsAsync(wanted, cancellationToken))
            {
                var path = claim.Speaker.ActorId == missing ? "Speaker.ActorId"
                    : claim.About.Contains(missing) ? nameof(ClaimRequest.About) : nameof(ClaimRequest.ReportedBy);
                context.AddFailure(path, $"Actor {missing} does not exist.");
            }
        });
    }

    private static bool BeOrdered(SpanDto? span) => span is null || (span.Start >= 0 && span.End > span.Start);

    private static void CheckSpans(ClaimRequest claim, int bodyLength, ValidationContext<ClaimRequest> context)
    {
        void Check(string path, SpanDto? span)
        {
            if (span is not null && span.End > bodyLength)
            {
                context.AddFailure(path, $"'{path}' ends at {span.End}, past the article body's {bodyLength} characters.");
            }
        }

        Check("CueSpan", claim.CueSpan);
        Check("ContentSpan", claim.ContentSpan);
        Check("Speaker.Span", claim.Speaker!.Span);
        Check("Speaker.CueSpan", claim.Speaker.CueSpan);
        for (var i = 0; i < claim.ReportedBy.Count; i++)
        {
            Check($"ReportedBy[{i}].Span", claim.ReportedBy[i].Span);
            Check($"ReportedBy[{i}].CueSpan", claim.ReportedBy[i].CueSpan);
        }
    }
}

internal sealed class LinkRequestValidator : AbstractValidator<LinkRequest>
{
    public LinkRequestValidator()
    {
        RuleFor(l => l.Description).NotEmpty().When(l => l.ActorId is null)
            .WithMessage("A link needs an actorId or a description of the source.");
        RuleFor(l => l.Description).MaximumLength(Limits.Name);
        RuleFor(l => l.ActorId).NotEqual(Guid.Empty);
        RuleFor(l => l.Cue).MaximumLength(Limits.Cue);
        RuleFor(l => l.Span).Must(s => s is null || (s.Start >= 0 && s.End > s.Start)).WithMessage("'span' must have 0 <= start < end.");
        RuleFor(l => l.CueSpan).Must(s => s is null || (s.Start >= 0 && s.End > s.Start)).WithMessage("'cueSpan' must have 0 <= start < end.");
    }
}

internal sealed class ClaimListRequestValidator : AbstractValidator<ClaimListRequest>
{
    public ClaimListRequestValidator()
    {
        this.AddDateRules();
        RuleFor(r => r.Kind).IsDefinedValue();
        RuleFor(r => r.Origin).IsDefinedValue();
        RuleFor(r => r.Verdict).IsDefinedValue();
        RuleFor(r => r.Sort).IsDefinedValue();
        RuleFor(r => r.Cue).MaximumLength(Limits.Cue);
        RuleFor(r => r.Topic).MaximumLength(Limits.Topic);
        RuleFor(r => r.Q).MaximumLength(Limits.Name);
    }
}

internal sealed class RelationRequestValidator : AbstractValidator<RelationRequest>
{
    public RelationRequestValidator(AppDbContext db)
    {
        RuleFor(r => r.ToClaimId).NotEmpty()
            .MustAsync((id, ct) => db.Claims.AnyAsync(c => c.Id == id, ct)).WithMessage("'toClaimId' must be an existing claim.");
        RuleFor(r => r.Kind).IsDefinedValue();
        RuleFor(r => r.Note).MaximumLength(Limits.Description);
    }
}
