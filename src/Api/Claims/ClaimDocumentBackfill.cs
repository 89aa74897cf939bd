using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Claims;

/// <summary>
/// Claims stored before the read model existed (or written by a tool that bypassed the API) have no document. At
/// start-up, before any request is served, each gets one from the same builder every write uses: marking the
/// document changed makes <see cref="ClaimDocumentInterceptor"/> rebuild it in the SaveChanges. A million claims
/// take minutes once; afterwards it is one look into an empty partial index.
/// </summary>
public static class ClaimDocumentBackfill
{
    private const int BatchSize = 500;

    public static async Task RunAsync(AppDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var done = 0;
        while (true)
        {
            var claims = await db.Claims.AsTracking().Include(c => c.Chain).Include(c => c.Subjects).AsSplitQuery()
                .Where(c => EF.Property<string?>(c, ClaimDocument.Column) == null)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (claims.Count == 0)
            {
                break;
            }

            foreach (var claim in claims)
            {
                db.Entry(claim).Property<string>(ClaimDocument.Column).CurrentValue = "";
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += claims.Count;
            if (done % 50_000 < BatchSize)
            {
                logger.LogInformation("Stored the response documents of {Count} claims so far.", done);
            }
        }

        if (done > 0)
        {
            logger.LogInformation("Stored the response documents of {Count} claims written before the read model.", done);
        }
    }
}
