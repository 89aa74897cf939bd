using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.History;

/// <summary>The kept history of every claim, article, actor and review, deleted ones included.</summary>
[Route("api/v1")]
[Produces("application/json")]
public sealed class HistoryController(AppDbContext db, IOptions<JsonOptions> json) : ApiControllerBase
{
    /// <summary>Every change to a claim, oldest first: who, when and what changed.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("claims/{id:guid}/history", Name = nameof(GetClaimHistory))]
    [Tags("Claims")]
    [ProducesResponseType<IReadOnlyList<ClaimRevision>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ClaimRevision>> GetClaimHistory(Guid id, CancellationToken cancellationToken) =>
        HistoryAsync("claim", "Claim", id, SnapshotShapes.Claim, (r, changes, s) => new ClaimRevision(r.Number, r.Action, r.Author, r.At, changes, Read<ClaimSnapshot>(s)), cancellationToken);

    /// <summary>Every change to an article, oldest first.</summary>
    /// <param name="id">The article's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("articles/{id:guid}/history", Name = nameof(GetArticleHistory))]
    [Tags("Articles")]
    [ProducesResponseType<IReadOnlyList<ArticleRevision>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ArticleRevision>> GetArticleHistory(Guid id, CancellationToken cancellationToken) =>
        HistoryAsync("article", "Article", id, SnapshotShapes.Article, (r, changes, s) => new ArticleRevision(r.Number, r.Action, r.Author, r.At, changes, Read<ArticleRequest>(s)), cancellationToken);

    /// <summary>Every change to an actor, oldest first.</summary>
    /// <param name="id">The actor's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("actors/{id:guid}/history", Name = nameof(GetActorHistory))]
    [Tags("Actors")]
    [ProducesResponseType<IReadOnlyList<ActorRevision>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ActorRevision>> GetActorHistory(Guid id, CancellationToken cancellationToken) =>
        HistoryAsync("actor", "Actor", id, SnapshotShapes.Actor, (r, changes, s) => new ActorRevision(r.Number, r.Action, r.Author, r.At, changes, Read<ActorRequest>(s)), cancellationToken);

    /// <summary>Every change to a review, oldest first: its rating, the verdict derived from it, and the rest.</summary>
    /// <param name="id">The review's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("reviews/{id:guid}/history", Name = nameof(GetReviewHistory))]
    [Tags("Reviews")]
    [ProducesResponseType<IReadOnlyList<ReviewRevision>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ReviewRevision>> GetReviewHistory(Guid id, CancellationToken cancellationToken) =>
        HistoryAsync("review", "Review", id, SnapshotShapes.Review, (r, changes, s) => new ReviewRevision(r.Number, r.Action, r.Author, r.At, changes, Read<ReviewSnapshot>(s)), cancellationToken);

    private T Read<T>(JsonElement snapshot) => snapshot.Deserialize<T>(json.Value.JsonSerializerOptions)!;

    private async Task<IReadOnlyList<T>> HistoryAsync<T>(string type, string what, Guid id, Func<JsonObject, JsonObject> shape,
        Func<Revision, IReadOnlyList<FieldChange>, JsonElement, T> build, CancellationToken cancellationToken)
    {
        var revisions = await db.Revisions
            .Where(r => r.EntityId == id && r.EntityType == type)
            .OrderBy(r => r.Number)
            .Take(1000)
            .ToListAsync(cancellationToken);
        if (revisions.Count == 0)
        {
            throw ApiException.NotFound(what, id);
        }

        var result = new List<T>(revisions.Count);
        JsonElement? previous = null;
        foreach (var revision in revisions)
        {
            var snapshot = JsonSerializer.SerializeToElement(shape(JsonNode.Parse(revision.Snapshot)!.AsObject()));
            var changes = revision.Action == RevisionAction.Deleted ? [] : Diff(previous, snapshot);
            result.Add(build(revision, changes, snapshot));
            previous = snapshot;
        }

        return result;
    }

    private static List<FieldChange> Diff(JsonElement? before, JsonElement after)
    {
        var changes = new List<FieldChange>();
        foreach (var field in after.EnumerateObject())
        {
            JsonElement? old = before is { } b && b.TryGetProperty(field.Name, out var value) ? value : null;
            if (old is null && field.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (old is null || !JsonElement.DeepEquals(old.Value, field.Value))
            {
                changes.Add(new FieldChange(field.Name, old, field.Value));
            }
        }

        return changes;
    }
}
