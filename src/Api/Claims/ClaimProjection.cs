using System.Linq.Expressions;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// The claim list's read model, translated to SQL. Lists are the hot path: projecting only the columns
/// a response needs skips materialising whole actors and entities, which the Mapster entity mapping
/// (used for single reads and writes) would need. A test keeps both shapes equal.
/// </summary>
internal static class ClaimProjection
{
    public sealed record Row(ClaimResponse Claim, long SortKey);

    public static readonly Expression<Func<DomainClaim, Row>> ToRow = c => new Row(
        new ClaimResponse(
            c.Id,
            c.ArticleId,
            c.Content,
            c.Quote,
            c.Kind,
            c.Cue,
            c.CueStart != null && c.CueEnd != null ? new SpanDto(c.CueStart.Value, c.CueEnd.Value) : null,
            c.ContentStart != null && c.ContentEnd != null ? new SpanDto(c.ContentStart.Value, c.ContentEnd.Value) : null,
            null!,
            c.Chain.OrderBy(l => l.Position).Select(l => new LinkResponse(
                l.Position,
                l.ActorId,
                l.Actor != null ? l.Actor.Name : null,
                l.Description,
                l.SpanStart != null && l.SpanEnd != null ? new SpanDto(l.SpanStart.Value, l.SpanEnd.Value) : null,
                l.Cue,
                l.CueStart != null && l.CueEnd != null ? new SpanDto(l.CueStart.Value, l.CueEnd.Value) : null)).ToList(),
            c.SaidOn != null ? new ApproximateDateDto(c.SaidOn.Value, c.SaidOnPrecision ?? Domain.Claims.DatePrecision.Day, c.SaidOnText) : null,
            c.Topics,
            c.Subjects.Select(s => new ActorRef(s.ActorId, s.Actor!.Name)).ToList(),
            c.Origin,
            c.CreatedAt,
            c.UpdatedAt),
        c.SortKey);

    /// <summary>The speaker is the chain's last link; set after loading so SQL need not fetch it twice.</summary>
    public static ClaimResponse Complete(Row row) => row.Claim with { Speaker = row.Claim.Chain[^1] };
}
