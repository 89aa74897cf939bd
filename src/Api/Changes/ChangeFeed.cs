using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Changes;

/// <summary>What one read of the feed found: the changes, the position to go on from and the newest committed position.</summary>
public sealed record FeedRead(IReadOnlyList<ChangeResponse> Changes, long Next, bool HasMore, long Head);

/// <summary>
/// Reads the change feed: the revisions (written in the same transaction as each change) in the order their
/// transactions committed (<see cref="ChangeSequencer"/>). Shared by the feed endpoint and the webhook worker.
/// </summary>
public sealed class ChangeFeed(AppDbContext db)
{
    /// <summary>The newest committed position (0 for an empty feed).</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken) =>
        await db.Revisions.MaxAsync(r => r.Sequence, cancellationToken) ?? 0;

    /// <summary>The first position the feed still serves (see <see cref="ChangeFeedState"/>).</summary>
    public async Task<long> FloorAsync(CancellationToken cancellationToken) =>
        await db.ChangeFeedState.Where(s => s.Id == ChangeFeedState.SingleId).Select(s => (long?)s.Floor).FirstOrDefaultAsync(cancellationToken) ?? 1;

    /// <summary>Up to <paramref name="limit"/> changes matching <paramref name="filter"/> after position <paramref name="after"/>.</summary>
    public async Task<FeedRead> ReadAsync(long after, ChangeFilter filter, int limit, CancellationToken cancellationToken)
    {
        // Everything at or below the head is committed, and nothing can be numbered below it any more: reading up to it
        // (and no further) is what makes a position safe to resume from.
        var head = await HeadAsync(cancellationToken);
        if (after >= head)
        {
            return new FeedRead([], after, false, head);
        }

        var rows = await filter.Apply(db.Revisions.Where(r => r.Sequence > after && r.Sequence <= head))
            .OrderBy(r => r.Sequence)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore)
        {
            rows.RemoveAt(limit);
        }

        var lastStates = await LastStatesAsync(rows, cancellationToken);
        var changes = rows.ConvertAll(r => ToResponse(r, lastStates.GetValueOrDefault(r.Id, r.Snapshot)));
        return new FeedRead(changes, hasMore ? rows[^1].Sequence!.Value : head, hasMore, head);
    }

    /// <summary>One change by its id (a revision's id), as the feed gives it; null when there is none.</summary>
    public async Task<ChangeResponse?> FindAsync(Guid changeId, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.FirstOrDefaultAsync(r => r.Id == changeId && r.Sequence != null, cancellationToken);
        if (revision is null)
        {
            return null;
        }

        var lastStates = await LastStatesAsync([revision], cancellationToken);
        return ToResponse(revision, lastStates.GetValueOrDefault(revision.Id, revision.Snapshot));
    }

    public static ChangeResponse ToResponse(Revision revision, string snapshot)
    {
        var type = ChangeFilter.Parse(revision.EntityType);
        var sequence = revision.Sequence!.Value;
        return new ChangeResponse(ChangeToken.Encode(sequence), sequence, revision.Id,
            $"{revision.EntityType}.{revision.Action.ToString().ToLowerInvariant()}", type, revision.EntityId, revision.Action,
            revision.Number, revision.At, revision.Author, Resource(revision.EntityId, snapshot));
    }

    /// <summary>
    /// A deletion's own snapshot holds only what the deleting request had loaded; the revision before it holds the
    /// resource whole, as it last was. Keyed by the deletion's revision id.
    /// </summary>
    private async Task<Dictionary<Guid, string>> LastStatesAsync(List<Revision> rows, CancellationToken cancellationToken)
    {
        var deletions = rows.Where(r => r.Action == RevisionAction.Deleted).ToList();
        if (deletions.Count == 0)
        {
            return [];
        }

        var ids = deletions.Select(d => d.EntityId).Distinct().ToList();
        var earlier = await db.Revisions.Where(r => ids.Contains(r.EntityId) && r.Action != RevisionAction.Deleted)
            .Select(r => new { r.EntityId, r.Number, r.Snapshot })
            .ToListAsync(cancellationToken);
        var states = new Dictionary<Guid, string>();
        foreach (var deletion in deletions)
        {
            var last = earlier.Where(r => r.EntityId == deletion.EntityId && r.Number < deletion.Number).MaxBy(r => r.Number);
            if (last is not null)
            {
                states[deletion.Id] = last.Snapshot;
            }
        }

        return states;
    }

    private static JsonElement Resource(Guid id, string snapshot)
    {
        var resource = new JsonObject { ["id"] = id };
        foreach (var (name, value) in JsonNode.Parse(snapshot)!.AsObject())
        {
            resource[name] = value?.DeepClone();
        }

        return JsonSerializer.SerializeToElement(resource);
    }
}
