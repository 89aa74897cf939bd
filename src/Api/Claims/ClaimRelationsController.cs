using Mapster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Claims;

/// <summary>How claims relate: one contradicts, supports, repeats or responds to another.</summary>
[Route("api/v1/claims/{id:guid}/relations")]
[Tags("Claims")]
[Produces("application/json")]
public sealed class ClaimRelationsController(AppDbContext db, TypeAdapterConfig mapper) : ApiControllerBase
{
    /// <summary>List the claim's relations in both directions.</summary>
    /// <remarks>Relations this claim has to others (`outgoing`) and others have to it (`incoming`): contradicts, supports, repeats or responds-to.</remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet(Name = nameof(ListClaimRelations))]
    [ProducesResponseType<IReadOnlyList<RelationResponse>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<RelationResponse>>> ListClaimRelations(Guid id, CancellationToken cancellationToken)
    {
        await EnsureClaimAsync(id, cancellationToken);
        var relations = await db.ClaimRelations
            .Where(r => r.FromClaimId == id || r.ToClaimId == id)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return relations.Select(r => ToResponse(r, id)).ToList();
    }

    /// <summary>Relate this claim to another.</summary>
    /// <remarks>409 when the same relation already exists; a claim cannot relate to itself.</remarks>
    /// <param name="id">The claim's id (the relation's "from" end).</param>
    /// <param name="request">The other claim and the kind of relation.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost(Name = nameof(CreateClaimRelation))]
    [Consumes("application/json")]
    [ProducesResponseType<RelationResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<RelationResponse>> CreateClaimRelation(Guid id, RelationRequest request, CancellationToken cancellationToken)
    {
        await EnsureClaimAsync(id, cancellationToken);
        if (request.ToClaimId == id)
        {
            ModelState.AddModelError("toClaimId", "A claim cannot relate to itself.");
            return ValidationProblem(ModelState);
        }

        if (await db.ClaimRelations.AnyAsync(r => r.FromClaimId == id && r.ToClaimId == request.ToClaimId && r.Kind == request.Kind, cancellationToken))
        {
            throw ApiException.Conflict("This relation already exists.");
        }

        var relation = new ClaimRelation { FromClaimId = id, ToClaimId = request.ToClaimId, Kind = request.Kind, Note = request.Note };
        db.ClaimRelations.Add(relation);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtRoute(nameof(ListClaimRelations), new { id }, ToResponse(relation, id));
    }

    /// <summary>Remove a relation.</summary>
    /// <remarks>Removes the relation; either of its two claims can be named in the path.</remarks>
    /// <param name="id">Either claim of the relation.</param>
    /// <param name="relationId">The relation's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete("{relationId:guid}", Name = nameof(DeleteClaimRelation))]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteClaimRelation(Guid id, Guid relationId, CancellationToken cancellationToken)
    {
        var relation = await db.ClaimRelations.AsTracking()
            .FirstOrDefaultAsync(r => r.Id == relationId && (r.FromClaimId == id || r.ToClaimId == id), cancellationToken)
            ?? throw ApiException.NotFound("Relation", relationId);
        db.ClaimRelations.Remove(relation);
        await db.SaveChangesAsync(cancellationToken);
        return NoContent();
    }

    private RelationResponse ToResponse(ClaimRelation relation, Guid askedAbout) =>
        relation.Adapt<RelationResponse>(mapper) with
        {
            Direction = relation.FromClaimId == askedAbout ? RelationDirection.Outgoing : RelationDirection.Incoming,
        };

    private async Task EnsureClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw ApiException.NotFound("Claim", id);
        }
    }
}
