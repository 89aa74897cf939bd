using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>A claim request as the domain's draft and back: the only translation between the two.</summary>
internal static class ClaimDrafts
{
    public static ClaimDraft ToDraft(this ClaimRequest request) => new(
        request.Content,
        request.Kind,
        request.Speaker!.ToDraft(),
        request.ReportedBy.ConvertAll(l => l.ToDraft()),
        request.Quote,
        request.Cue,
        Span(request.CueSpan),
        Span(request.ContentSpan),
        request.SaidOn is { } said ? new ApproximateDate(said.Date, said.Precision, said.Text) : null,
        request.Topics,
        request.About);

    /// <summary>The claim read back as the request that would recreate it, so PATCH can merge a patch over it.</summary>
    public static ClaimRequest ToRequest(this Claim claim)
    {
        var draft = claim.ToDraft();
        return new ClaimRequest
        {
            ArticleId = claim.ArticleId,
            Content = draft.Content,
            Quote = draft.Quote,
            Kind = draft.Kind,
            Cue = draft.Cue,
            CueSpan = Dto(draft.CueSpan),
            ContentSpan = Dto(draft.ContentSpan),
            Speaker = ToRequest(draft.Speaker),
            ReportedBy = (draft.ReportedBy ?? []).Select(ToRequest).ToList(),
            SaidOn = draft.SaidOn is { } said ? new ApproximateDateDto(said.Date, said.Precision, said.Text) : null,
            Topics = [.. draft.Topics ?? []],
            About = [.. draft.About ?? []],
        };
    }

    private static LinkDraft ToDraft(this LinkRequest link) => new(link.ActorId, link.Description, Span(link.Span), link.Cue, Span(link.CueSpan));

    private static LinkRequest ToRequest(LinkDraft link) => new()
    {
        ActorId = link.ActorId,
        Description = link.Description,
        Span = Dto(link.Span),
        Cue = link.Cue,
        CueSpan = Dto(link.CueSpan),
    };

    private static TextSpan? Span(SpanDto? span) => span is null ? null : new TextSpan(span.Start, span.End);

    private static SpanDto? Dto(TextSpan? span) => span is { } s ? new SpanDto(s.Start, s.End) : null;
}
