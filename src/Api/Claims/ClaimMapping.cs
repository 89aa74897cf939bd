using Mapster;
using NewsroomClaims.Domain.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

internal sealed class ClaimMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ChainLink, LinkResponse>()
            .Map(d => d.ActorName, s => s.Actor != null ? s.Actor.Name : null)
            .Map(d => d.Span, s => SpanDto.Of(s.SpanStart, s.SpanEnd))
            .Map(d => d.CueSpan, s => SpanDto.Of(s.CueStart, s.CueEnd));

        config.NewConfig<ClaimSubject, ActorRef>()
            .Map(d => d.Id, s => s.ActorId)
            .Map(d => d.Name, s => s.Actor != null ? s.Actor.Name : "");

        config.NewConfig<DomainClaim, ClaimResponse>()
            .Map(d => d.Chain, s => Ordered(s.Chain))
            .Map(d => d.Speaker, s => Speaker(s.Chain))
            .Map(d => d.CueSpan, s => SpanDto.Of(s.CueStart, s.CueEnd))
            .Map(d => d.ContentSpan, s => SpanDto.Of(s.ContentStart, s.ContentEnd))
            .Map(d => d.SaidOn, s => s.SaidOn != null
                ? new ApproximateDateDto(s.SaidOn.Value, s.SaidOnPrecision ?? DatePrecision.Day, s.SaidOnText)
                : null)
            .Map(d => d.About, s => s.Subjects)
            .Map(d => d.Retraction, s => s.RetractedAt != null ? new RetractionDto(s.RetractedAt.Value, s.RetractionReason ?? "") : null);

        // Read back as a request so PATCH can merge a patch over the current state.
        config.NewConfig<ChainLink, LinkRequest>()
            .Map(d => d.Span, s => SpanDto.Of(s.SpanStart, s.SpanEnd))
            .Map(d => d.CueSpan, s => SpanDto.Of(s.CueStart, s.CueEnd));
        config.NewConfig<DomainClaim, ClaimRequest>()
            .Map(d => d.Speaker, s => Speaker(s.Chain))
            .Map(d => d.ReportedBy, s => Ordered(s.Chain).SkipLast(1))
            .Map(d => d.CueSpan, s => SpanDto.Of(s.CueStart, s.CueEnd))
            .Map(d => d.ContentSpan, s => SpanDto.Of(s.ContentStart, s.ContentEnd))
            .Map(d => d.SaidOn, s => s.SaidOn != null
                ? new ApproximateDateDto(s.SaidOn.Value, s.SaidOnPrecision ?? DatePrecision.Day, s.SaidOnText)
                : null)
            .Map(d => d.About, s => SubjectIds(s.Subjects));

        config.NewConfig<LinkRequest, ChainLink>()
            .Map(d => d.SpanStart, s => s.Span != null ? s.Span.Start : (int?)null)
            .Map(d => d.SpanEnd, s => s.Span != null ? s.Span.End : (int?)null)
            .Map(d => d.CueStart, s => s.CueSpan != null ? s.CueSpan.Start : (int?)null)
            .Map(d => d.CueEnd, s => s.CueSpan != null ? s.CueSpan.End : (int?)null)
            .Ignore(d => d.Id, d => d.ClaimId, d => d.Position, d => d.Actor!);

        // Direction depends on which claim was asked about; the controller sets it with `with`.
        config.NewConfig<ClaimRelation, RelationResponse>()
            .Map(d => d.Direction, _ => RelationDirection.Outgoing);
    }

    // Static helpers rather than lambdas inside the mapping: a nested lambda in a compiled
    // expression costs a delegate allocation (DynamicMethod.CreateDelegate) on every map.
    private static List<ChainLink> Ordered(List<ChainLink> chain)
    {
        var ordered = new List<ChainLink>(chain);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        return ordered;
    }

    private static ChainLink Speaker(List<ChainLink> chain)
    {
        var speaker = chain[0];
        foreach (var link in chain)
        {
            if (link.Position > speaker.Position)
            {
                speaker = link;
            }
        }

        return speaker;
    }

    private static List<Guid> SubjectIds(List<ClaimSubject> subjects) => subjects.ConvertAll(static s => s.ActorId);
}
