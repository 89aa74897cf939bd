using Mapster;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>The claim writes: one SaveChanges each, so the claim, its chain and subjects land together or not at all.</summary>
public sealed class ClaimWriter(AppDbContext db, TypeAdapterConfig mapper, RequestValidation validation, ClaimQueries queries)
{
    public async Task<DomainClaim> CreateAsync(ClaimRequest request, ClaimOrigin origin, CancellationToken cancellationToken)
    {
        var claim = new DomainClaim { Origin = origin };
        await ApplyAsync(claim, request, cancellationToken);
        db.Claims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.FindAsync(claim.Id, cancellationToken);
    }

    /// <summary>Reads, checks If-Match, builds the new state from the current one, validates and saves. A person's edit makes the claim theirs.</summary>
    public async Task<DomainClaim> UpdateAsync(Guid id, HttpRequest http, Func<DomainClaim, ClaimRequest> change, CancellationToken cancellationToken)
    {
        var claim = await queries.WithDetails().AsTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw ApiException.NotFound("Claim", id);
        http.CheckIfMatch(claim);
        EnsureNotRetracted(claim);
        var request = change(claim);
        await validation.ValidateAsync(request, cancellationToken);
        await ApplyAsync(claim, request, cancellationToken);
        claim.Origin = ClaimOrigin.Person;

        await ClaimRowAsync(claim, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.FindAsync(claim.Id, cancellationToken);
    }

    /// <summary>
    /// Moves the claim to its new version before anything else is written. A racing editor then waits on
    /// this row and finds its version gone (412), instead of colliding first on the chain rows both
    /// replace, which PostgreSQL would report as a unique violation.
    /// </summary>
    private async Task ClaimRowAsync(DomainClaim claim, CancellationToken cancellationToken)
    {
        var read = claim.Version;
        claim.Touch();
        var next = claim.Version;
        var claimed = await db.Claims.Where(c => c.Id == claim.Id && c.Version == read)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, next), cancellationToken);
        if (claimed == 0)
        {
            throw new DbUpdateConcurrencyException("The claim changed since it was read.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = next;
    }

    /// <summary>Marks the claim retracted with the newsroom's reason; it is kept and stays readable.</summary>
    public async Task<DomainClaim> RetractAsync(Guid id, HttpRequest http, string reason, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw ApiException.NotFound("Claim", id);
        http.CheckIfMatch(claim);
        EnsureNotRetracted(claim);
        claim.Retract(reason);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.FindAsync(claim.Id, cancellationToken);
    }

    private static void EnsureNotRetracted(DomainClaim claim)
    {
        if (claim.Retracted)
        {
            throw ApiException.Conflict($"Claim {claim.Id} was retracted on {claim.RetractedAt:u}; a retracted claim is kept as it was. Record a new claim instead.");
        }
    }

    public async Task DeleteAsync(Guid id, HttpRequest http, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw ApiException.NotFound("Claim", id);
        http.CheckIfMatch(claim);
        db.Claims.Remove(claim);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(DomainClaim claim, ClaimRequest request, CancellationToken cancellationToken)
    {
        claim.ArticleId = request.ArticleId;
        claim.Content = request.Content.Trim();
        claim.Quote = request.Quote;
        claim.Kind = request.Kind;
        claim.Cue = request.Cue;
        claim.CueStart = request.CueSpan?.Start;
        claim.CueEnd = request.CueSpan?.End;
        claim.ContentStart = request.ContentSpan?.Start;
        claim.ContentEnd = request.ContentSpan?.End;
        claim.SaidOn = request.SaidOn?.Date;
        claim.SaidOnPrecision = request.SaidOn?.Precision;
        claim.SaidOnText = request.SaidOn?.Text;
        claim.Topics = request.Topics.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        claim.SetChain(request.ReportedBy.Select(l => l.Adapt<ChainLink>(mapper)), request.Speaker!.Adapt<ChainLink>(mapper));
        claim.SetSubjects(request.About);

        var publishedAt = await db.Articles.Where(a => a.Id == request.ArticleId).Select(a => a.PublishedAt).FirstOrDefaultAsync(cancellationToken);
        claim.RefreshSortKey(publishedAt);
    }
}
