using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Claims;

/// <summary>Replace a claim with <paramref name="Values"/> if it is at the <paramref name="Expected"/> version.</summary>
public sealed record ReplaceClaim(Guid Id, ClaimRequest Values, ExpectedVersion Expected);

/// <summary>Merge <paramref name="Patch"/> (RFC 7396) over a claim if it is at the <paramref name="Expected"/> version.</summary>
public sealed record PatchClaim(Guid Id, JsonElement Patch, ExpectedVersion Expected);

public sealed record RetractClaim(Guid Id, string Reason, ExpectedVersion Expected);

public sealed record DeleteClaim(Guid Id, ExpectedVersion Expected);

/// <summary>A claim as just written or read: its version (the ETag) and its stored response.</summary>
public sealed record SavedClaim(Guid Id, Guid Version, StoredClaim Document);

/// <summary>
/// The claim writes. Each takes a plain command, builds or changes the domain <see cref="DomainClaim"/> (which keeps the
/// claim's rules) and saves once; the request's write transaction (<see cref="WriteTransactionFilter"/>) commits it.
/// </summary>
public sealed class ClaimWriter(AppDbContext db, RequestValidation validation, ClaimReferences references)
{
    /// <summary>Records a claim; <paramref name="values"/> were validated where they were bound.</summary>
    public async Task<SavedClaim> CreateAsync(ClaimRequest values, CancellationToken cancellationToken)
    {
        var claim = DomainClaim.Create(await ArticleAsync(values.ArticleId, cancellationToken), values.ToDraft());
        db.Claims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return Saved(claim);
    }

    /// <summary>
    /// The claims of one article in one go (an import): actors are looked up once for all of them, each claim is
    /// validated (400 names it as <c>claims[i]</c>), and all are saved in one SaveChanges.
    /// </summary>
    public async Task<IReadOnlyList<SavedClaim>> CreateManyAsync(ArticleText article, IReadOnlyList<ClaimRequest> values, CancellationToken cancellationToken)
    {
        references.Remember(article.Id, article.BodyLength);
        await references.MissingActorsAsync(values.SelectMany(ActorIds), cancellationToken);
        var claims = new List<DomainClaim>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            values[i].ArticleId = article.Id;
            await validation.ValidateAsync(values[i], cancellationToken, $"Claims[{i}].");
            claims.Add(DomainClaim.Create(article, values[i].ToDraft()));
        }

        // Only new entities, attached with their chains and subjects by AddRange: nothing to detect, and detecting changes
        // over ~1,000 tracked entities (three times: EF, revisions, documents) was a third of an import's time.
        db.Claims.AddRange(claims);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return claims.ConvertAll(Saved);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    public Task<SavedClaim> ReplaceAsync(ReplaceClaim command, CancellationToken cancellationToken) =>
        ReviseAsync(command.Id, command.Expected, _ => command.Values, cancellationToken);

    public Task<SavedClaim> PatchAsync(PatchClaim command, CancellationToken cancellationToken) =>
        ReviseAsync(command.Id, command.Expected, current => MergePatch.Apply(current.ToRequest(), command.Patch), cancellationToken);

    /// <summary>Marks the claim retracted with the newsroom's reason; it is kept and stays readable.</summary>
    public async Task<SavedClaim> RetractAsync(RetractClaim command, CancellationToken cancellationToken)
    {
        var claim = await LoadAsync(command.Id, cancellationToken);
        command.Expected.Check(claim);
        claim.Retract(command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return Saved(claim);
    }

    public async Task DeleteAsync(DeleteClaim command, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsTracking().FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw ApiException.NotFound("Claim", command.Id);
        command.Expected.Check(claim);

        // Its reviews go with it; tracked, so each deletion is in their history too.
        await db.Reviews.AsTracking().Where(r => r.ClaimId == claim.Id).LoadAsync(cancellationToken);
        db.Claims.Remove(claim);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reads, checks the expected version, builds the new state from the current one, validates and saves. A person's edit makes the claim theirs.</summary>
    private async Task<SavedClaim> ReviseAsync(Guid id, ExpectedVersion expected, Func<DomainClaim, ClaimRequest> change, CancellationToken cancellationToken)
    {
        var claim = await LoadAsync(id, cancellationToken);
        expected.Check(claim);
        claim.EnsureChangeable();
        var values = change(claim);
        await validation.ValidateAsync(values, cancellationToken);
        var read = claim.Version;
        claim.Revise(await ArticleAsync(values.ArticleId, cancellationToken), values.ToDraft());
        await ClaimRowAsync(claim, read, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Saved(claim);
    }

    /// <summary>
    /// Moves the claim row to its new version before anything else is written. A racing editor then waits on this
    /// row and finds its version gone (412), instead of colliding first on the chain rows both replace, which
    /// PostgreSQL would report as a unique violation.
    /// </summary>
    private async Task ClaimRowAsync(DomainClaim claim, Guid read, CancellationToken cancellationToken)
    {
        var next = claim.Version;
        var claimed = await db.Claims.Where(c => c.Id == claim.Id && c.Version == read)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, next), cancellationToken);
        if (claimed == 0)
        {
            throw new DbUpdateConcurrencyException("The claim changed since it was read.");
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = next;
    }

    private async Task<DomainClaim> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Claims.Include(c => c.Chain).Include(c => c.Subjects).AsSplitQuery().AsTracking()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw ApiException.NotFound("Claim", id);

    private async Task<ArticleText> ArticleAsync(Guid articleId, CancellationToken cancellationToken) =>
        await db.Articles.Where(a => a.Id == articleId).Select(a => (ArticleText?)new ArticleText(a.Id, a.Body.Length, a.PublishedAt))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw ApiException.NotFound("Article", articleId);

    /// <summary>The claim with the document its SaveChanges just stored (see <see cref="ClaimDocumentInterceptor"/>).</summary>
    private SavedClaim Saved(DomainClaim claim) =>
        new(claim.Id, claim.Version, new StoredClaim(db.Entry(claim).Property<string>(ClaimDocument.Column).CurrentValue));

    // Runs before validation: any list may still be missing.
    private static IEnumerable<Guid> ActorIds(ClaimRequest? claim) => claim is null
        ? []
        : (claim.ReportedBy ?? []).Append(claim.Speaker).Select(l => l?.ActorId).OfType<Guid>().Concat(claim.About ?? []);
}
