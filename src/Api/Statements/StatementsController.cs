using Microsoft.AspNetCore.Mvc;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Matching;

namespace NewsroomClaims.Api.Statements;

/// <summary>Statements: what a speaker said, across every article that reported it.</summary>
[Route("api/v1/statements")]
[Tags("Statements")]
[Produces("application/json")]
public sealed class StatementsController(StatementService statements, ClaimMatches matches) : ApiControllerBase
{
    /// <summary>Get a statement: its speaker, how often and where it first appeared.</summary>
    /// <remarks>Claims by the same speaker that say the same thing are grouped into a statement automatically; a claim's `statementId` leads here.</remarks>
    /// <param name="id">The statement's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}", Name = nameof(GetStatement))]
    [ProducesResponseType<StatementResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<StatementResponse>> GetStatement(Guid id, CancellationToken cancellationToken) =>
        Answer(await statements.GetAsync(id, cancellationToken));

    /// <summary>The statement's appearances, first appearance first.</summary>
    /// <param name="id">The statement's id.</param>
    /// <param name="request">Paging.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}/appearances", Name = nameof(ListStatementAppearances))]
    [ProducesResponseType<Page<ClaimAppearance>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<Page<ClaimAppearance>>> ListStatementAppearances(Guid id, [FromQuery] AppearancesRequest request, CancellationToken cancellationToken)
    {
        await statements.GetAsync(id, cancellationToken);
        return Ok(await matches.AppearancesAsync(id, request, Request, cancellationToken));
    }

    /// <summary>Merge another statement into this one (editors).</summary>
    /// <remarks>
    /// For two statements the automatic grouping kept apart that are the same: the other's appearances join this one
    /// and the other is deleted. Both must be by the same speaker (409 otherwise). Every appearance is then pinned: the
    /// automatic grouping never moves it again. The correction is kept in the statement's history. Honours `If-Match`.
    /// </remarks>
    /// <param name="id">The statement that stays.</param>
    /// <param name="request">The statement to merge in, and why.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("{id:guid}/merge", Name = nameof(MergeStatements))]
    [Consumes("application/json")]
    [ProducesResponseType<StatementResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<StatementResponse>> MergeStatements(Guid id, StatementMergeRequest request, CancellationToken cancellationToken) =>
        Answer(await statements.MergeAsync(new MergeStatements(id, request, Request.ExpectedVersion()), cancellationToken));

    /// <summary>Split claims off into a new statement (editors).</summary>
    /// <remarks>
    /// For appearances the automatic grouping put together that say something else: the named claims leave together
    /// and form a new statement (201, its `Location`); at least one must stay. Every appearance of both is then pinned:
    /// the automatic grouping never moves it again. The correction is kept in both statements' history. Honours `If-Match`.
    /// </remarks>
    /// <param name="id">The statement to split.</param>
    /// <param name="request">The claims that leave, and why.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("{id:guid}/split", Name = nameof(SplitStatement))]
    [Consumes("application/json")]
    [ProducesResponseType<StatementResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<StatementResponse>> SplitStatement(Guid id, StatementSplitRequest request, CancellationToken cancellationToken)
    {
        var (split, version) = await statements.SplitAsync(new SplitStatement(id, request, Request.ExpectedVersion()), cancellationToken);
        Response.Headers.ETag = ETags.For(version);
        return CreatedAtRoute(nameof(GetStatement), new { id = split.Id }, split);
    }

    /// <summary>Every change to a statement, oldest first: found by the grouping, corrected by editors, deleted.</summary>
    /// <param name="id">The statement's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{id:guid}/history", Name = nameof(GetStatementHistory))]
    [ProducesResponseType<IReadOnlyList<StatementRevision>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<StatementRevision>>> GetStatementHistory(Guid id, CancellationToken cancellationToken) =>
        Ok(await statements.HistoryAsync(id, cancellationToken));

    private OkObjectResult Answer((StatementResponse Response, Guid Version) statement)
    {
        Response.Headers.ETag = ETags.For(statement.Version);
        return Ok(statement.Response);
    }
}
