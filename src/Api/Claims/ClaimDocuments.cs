using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Claims;

/// <summary>Rebuilds stored documents on demand (a claim's statement changed): the interceptor does the building.</summary>
public static class ClaimDocuments
{
    private const int BatchSize = 500;

    /// <summary>Marks each claim's document changed and saves, so <see cref="ClaimDocumentInterceptor"/> rebuilds it.</summary>
    public static async Task RefreshAsync(AppDbContext db, IEnumerable<Guid> claimIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in claimIds.Distinct().Chunk(BatchSize))
        {
            var claims = await db.Claims.AsTracking().Include(c => c.Chain).Include(c => c.Subjects).AsSplitQuery()
                .Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var claim in claims)
            {
                db.Entry(claim).Property<string>(ClaimDocument.Column).IsModified = true;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
