using System.Text.Json;
using Mapster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Actors;

/// <summary>People, governments, organisations, outlets and anonymous groups: who speaks, reports and is talked about.</summary>
[Route("api/v1/actors")]
[Tags("Actors")]
[Produces("application/json")]
public sealed class ActorsController(AppDbContext db, TypeAdapterConfig mapper, ActorWriter writer, ClaimQueries claimQueries) : ApiControllerBase
{
    /// <summary>List actors, or resolve a name or alias.</summary>
    /// <remarks>
    /// Ordered by name. With `name`, resolves a display name or alias in any case
    /// (`?name=Zelenskyy` finds Volodymyr Zelensky) and returns at most one actor.
    /// </remarks>
    [HttpGet(Name = nameof(ListActors))]
    [ProducesResponseType<Page<ActorResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ActorResponse>>> ListActors([FromQuery] ActorListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Actors.Include(a => a.Names).Include(a => a.Roles).AsSplitQuery();
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var key = NameKey.Of(request.Name);
            query = query.Where(a => a.Names.Any(n => n.Normalized == key));
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var key = NameKey.Of(request.Q);
            query = query.Where(a => a.Names.Any(n => n.Normalized.Contains(key)));
        }

        if (request.Cursor is { } cursor)
        {
            query = query.Where(a => string.Compare(a.Name, cursor.Text) > 0 || (a.Name == cursor.Text && a.Id.CompareTo(cursor.Id) > 0));
        }

        var actors = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(request.PageSize + 1).ToListAsync(cancellationToken);
        return Request.ToPage(actors, request.PageSize, a => PageCursor.Encode(0, a.Id, a.Name), a => a.Adapt<ActorResponse>(mapper));
    }

    /// <summary>Get one actor.</summary>
    /// <remarks>The actor with its aliases, roles and Wikidata id. The `ETag` header is the version to send in `If-Match` when you change it.</remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}", Name = nameof(GetActor))]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorResponse>> GetActor(Guid id, CancellationToken cancellationToken)
    {
        var actor = await writer.FindAsync(id, cancellationToken);
        Response.SetETag(actor);
        return actor.Adapt<ActorResponse>(mapper);
    }

    /// <summary>Create an actor.</summary>
    /// <remarks>409 with the existing actor's `Location` when the name or an alias already belongs to someone.</remarks>
    [HttpPost(Name = nameof(CreateActor))]
    [Consumes("application/json")]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<ActorResponse>> CreateActor(ActorRequest request, CancellationToken cancellationToken)
    {
        var actor = await writer.CreateAsync(request, cancellationToken);
        Response.SetETag(actor);
        return CreatedAtRoute(nameof(GetActor), new { id = actor.Id }, actor.Adapt<ActorResponse>(mapper));
    }

    /// <summary>Replace an actor.</summary>
    /// <remarks>Sends the whole actor; omitted optional fields are cleared. Send `If-Match` with the ETag you read to avoid overwriting someone else's change (412 otherwise). 409 when the new name or an alias belongs to another actor.</remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="request">The actor's new state.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("{id:guid}", Name = nameof(ReplaceActor))]
    [Consumes("application/json")]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ActorResponse>> ReplaceActor(Guid id, ActorRequest request, CancellationToken cancellationToken)
    {
        var actor = await writer.ReplaceAsync(new ReplaceActor(id, request, Request.ExpectedVersion()), cancellationToken);
        Response.SetETag(actor);
        return actor.Adapt<ActorResponse>(mapper);
    }

    /// <summary>Change some fields of an actor (JSON Merge Patch, RFC 7396).</summary>
    /// <remarks>Send only the fields to change as `application/merge-patch+json`; arrays (aliases, roles) are replaced whole. Honours `If-Match` like PUT.</remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="patch">The fields to change; null removes an optional field.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPatch("{id:guid}", Name = nameof(PatchActor))]
    [Consumes("application/merge-patch+json", "application/json")]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<ActorResponse>> PatchActor(Guid id, JsonElement patch, CancellationToken cancellationToken)
    {
        var actor = await writer.PatchAsync(new PatchActor(id, patch, Request.ExpectedVersion()), cancellationToken);
        Response.SetETag(actor);
        return actor.Adapt<ActorResponse>(mapper);
    }

    /// <summary>Delete an actor that no article or claim refers to.</summary>
    /// <remarks>409 while an article names it as publisher or a claim names it as speaker, link or subject.</remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("{id:guid}", Name = nameof(DeleteActor))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> DeleteActor(Guid id, CancellationToken cancellationToken)
    {
        await writer.DeleteAsync(new DeleteActor(id, Request.ExpectedVersion()), cancellationToken);
        return NoContent();
    }

    /// <summary>Claims the actor made (as speaker).</summary>
    /// <remarks>The claims whose speaker (the chain's last link) is this actor, newest first, with the same filters and paging as `GET /api/v1/claims`: `reviewed=true` keeps only the claims someone fact-checked, `verdict=false` those a review rated false. For a feed reader use `claims.atom`.</remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="request">Paging and filters, as for the claims list.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}/claims", Name = nameof(ListActorClaims))]
    [ProducesResponseType<Page<ClaimResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimResponse>>> ListActorClaims(Guid id, [FromQuery] ClaimListRequest request, CancellationToken cancellationToken)
    {
        await writer.FindAsync(id, cancellationToken);
        request.Speaker = id;
        return Ok(await claimQueries.ListAsync(request, Request, cancellationToken));
    }

    /// <summary>Claims about the actor (the actor is among the claim's subjects).</summary>
    /// <remarks>The claims that are about this actor (it is among their `about` actors), newest first, with the same filters and paging as `GET /api/v1/claims`.</remarks>
    /// <param name="id">The actor's id.</param>
    /// <param name="request">Paging and filters, as for the claims list.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}/mentions", Name = nameof(ListActorMentions))]
    [ProducesResponseType<Page<ClaimResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimResponse>>> ListActorMentions(Guid id, [FromQuery] ClaimListRequest request, CancellationToken cancellationToken)
    {
        await writer.FindAsync(id, cancellationToken);
        request.Mentions = id;
        return Ok(await claimQueries.ListAsync(request, Request, cancellationToken));
    }
}
