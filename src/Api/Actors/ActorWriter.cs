using Mapster;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Actors;

public sealed record ReplaceActor(Guid Id, ActorRequest Values, ExpectedVersion Expected);

public sealed record PatchActor(Guid Id, System.Text.Json.JsonElement Patch, ExpectedVersion Expected);

public sealed record DeleteActor(Guid Id, ExpectedVersion Expected);

/// <summary>
/// The actor writes: plain commands, the name rule checked against every actor, one SaveChanges each inside the
/// request's write transaction. A rename also refreshes the stored documents of the claims naming the actor
/// (<see cref="Claims.ClaimDocumentInterceptor"/>).
/// </summary>
public sealed class ActorWriter(AppDbContext db, TypeAdapterConfig mapper, RequestValidation validation)
{
    public async Task<Actor> FindAsync(Guid id, CancellationToken cancellationToken, bool track = false)
    {
        var query = db.Actors.Include(a => a.Names).Include(a => a.Roles).AsSplitQuery();
        return await (track ? query.AsTracking() : query).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw ApiException.NotFound("Actor", id);
    }

    public async Task<Actor> CreateAsync(ActorRequest request, CancellationToken cancellationToken)
    {
        var actor = new Actor(request.Name, request.Kind, request.Aliases);
        Apply(actor, request);
        await EnsureNamesFreeAsync(actor, cancellationToken);
        db.Actors.Add(actor);
        await db.SaveChangesAsync(cancellationToken);
        return actor;
    }

    public Task<Actor> ReplaceAsync(ReplaceActor command, CancellationToken cancellationToken) =>
        ChangeAsync(command.Id, command.Expected, _ => command.Values, cancellationToken);

    public Task<Actor> PatchAsync(PatchActor command, CancellationToken cancellationToken) =>
        ChangeAsync(command.Id, command.Expected, current => MergePatch.Apply(current.Adapt<ActorRequest>(mapper), command.Patch), cancellationToken);

    /// <summary>Reads the actor, checks the expected version, builds the new state from the current one, validates and saves.</summary>
    private async Task<Actor> ChangeAsync(Guid id, ExpectedVersion expected, Func<Actor, ActorRequest> change, CancellationToken cancellationToken)
    {
        var actor = await FindAsync(id, cancellationToken, track: true);
        expected.Check(actor);
        var request = change(actor);
        await validation.ValidateAsync(request, cancellationToken);

        actor.SetNames(request.Name, request.Aliases);
        actor.Kind = request.Kind;
        Apply(actor, request);
        await EnsureNamesFreeAsync(actor, cancellationToken);
        actor.Touch();
        await db.SaveChangesAsync(cancellationToken);
        return actor;
    }

    public async Task DeleteAsync(DeleteActor command, CancellationToken cancellationToken)
    {
        var id = command.Id;
        var actor = await FindAsync(id, cancellationToken, track: true);
        command.Expected.Check(actor);
        var used = await db.Articles.AnyAsync(a => a.PublisherId == id, cancellationToken)
            || await db.Claims.AnyAsync(c => c.SpeakerId == id, cancellationToken)
            || await db.ChainLinks.AnyAsync(l => l.ActorId == id, cancellationToken)
            || await db.ClaimSubjects.AnyAsync(s => s.ActorId == id, cancellationToken)
            || await db.Reviews.AnyAsync(r => r.ReviewerId == id, cancellationToken);
        if (used)
        {
            throw ApiException.Conflict($"Actor {id} is still used by articles, claims or reviews; reassign or delete those first.");
        }

        db.Actors.Remove(actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Apply(Actor actor, ActorRequest request)
    {
        actor.WikidataId = request.WikidataId;
        actor.Description = request.Description;
        actor.SetRoles(request.Roles.Select(r => r.Adapt<ActorRole>(mapper)));
    }

    /// <summary>409 pointing at the actor who already answers to one of the names.</summary>
    private async Task EnsureNamesFreeAsync(Actor actor, CancellationToken cancellationToken)
    {
        var keys = actor.Names.Select(n => n.Normalized).ToList();
        var taken = await db.ActorNames
            .Where(n => keys.Contains(n.Normalized) && n.ActorId != actor.Id)
            .Select(n => new { n.ActorId, n.Value })
            .FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            throw ApiException.Conflict($"The name '{taken.Value}' already belongs to actor {taken.ActorId}.", $"/api/v1/actors/{taken.ActorId}");
        }
    }
}
