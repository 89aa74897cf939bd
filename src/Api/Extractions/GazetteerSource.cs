using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Extractions;

/// <summary>
/// Builds the extractor's gazetteer from every actor's names. The built gazetteer is cached under
/// a key made of the actor count and latest change, read fresh on each call, so another instance's
/// write is seen at once and no instance serves a stale list.
/// </summary>
public sealed class GazetteerSource(AppDbContext db, IMemoryCache cache)
{
    public async Task<Gazetteer> GetAsync(CancellationToken cancellationToken)
    {
        // One group over all actors: no row or one, read whole (First without an order made EF warn at every start).
        var stamp = (await db.Actors
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Latest = g.Max(a => a.UpdatedAt) })
            .ToListAsync(cancellationToken)).FirstOrDefault();
        if (stamp is null)
        {
            return Gazetteer.Empty;
        }

        var key = $"gazetteer:{stamp.Count}:{stamp.Latest.Ticks}";
        if (cache.TryGetValue(key, out Gazetteer? cached) && cached is not null)
        {
            return cached;
        }

        var actors = await db.Actors
            .Select(a => new { a.Id, a.Name, a.Kind, Aliases = a.Names.Where(n => !n.IsPrimary).Select(n => n.Value).ToList() })
            .ToListAsync(cancellationToken);
        var gazetteer = new Gazetteer(actors.Select(a => new GazetteerEntry(a.Id, a.Name, a.Kind, a.Aliases)));
        cache.Set(key, gazetteer, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return gazetteer;
    }
}
