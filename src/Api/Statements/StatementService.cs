using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Domain.History;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Statements;

public sealed record MergeStatements(Guid Id, StatementMergeRequest Values, ExpectedVersion Expected);

public sealed record SplitStatement(Guid Id, StatementSplitRequest Values, ExpectedVersion Expected);

/// <summary>
/// Statements as the API shows them, and an editor's corrections. A correction runs in the request's transaction,
/// under the lock the matching worker takes, pins every claim it touches (the automatic grouping leaves pinned claims
/// where the editor put them) and rebuilds the documents of the claims whose statement or first appearance changed.
/// </summary>
public sealed class StatementService(AppDbContext db)
{
    public async Task<(StatementResponse Response, Guid Version)> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var statement = await db.Statements.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw ApiException.NotFound("Statement", id);
        return (await DescribeAsync(statement, cancellationToken), statement.Version);
    }

    public async Task<(StatementResponse Response, Guid Version)> MergeAsync(MergeStatements command, CancellationToken cancellationToken)
    {
        await db.LockAsync(MatchingProcessor.LockKey, cancellationToken);
        var target = await LoadAsync(command.Id, cancellationToken);
        command.Expected.Check(target);
        var other = await db.Statements.AsTracking().FirstOrDefaultAsync(s => s.Id == command.Values.Statement, cancellationToken)
            ?? throw Invalid("statement", $"Statement {command.Values.Statement} does not exist.");
        var moved = await MembersAsync(other.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        target.Absorb(other, moved, command.Values.Reason);
        await MembersAsync(other.Id).ExecuteUpdateAsync(set => set
            .SetProperty(c => EF.Property<Guid?>(c, StatementColumns.StatementId), target.Id)
            .SetProperty(c => EF.Property<bool>(c, StatementColumns.Pinned), true), cancellationToken);
        await PinAsync(target.Id, cancellationToken);
        db.Statements.Remove(other);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshAsync(target.Id, cancellationToken);
        return await GetAsync(target.Id, cancellationToken);
    }

    public async Task<(StatementResponse Response, Guid Version)> SplitAsync(SplitStatement command, CancellationToken cancellationToken)
    {
        await db.LockAsync(MatchingProcessor.LockKey, cancellationToken);
        var target = await LoadAsync(command.Id, cancellationToken);
        command.Expected.Check(target);
        var leaving = command.Values.Claims.Distinct().ToList();
        var members = (await MembersAsync(target.Id).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var strangers = leaving.Where(c => !members.Contains(c)).ToList();
        if (strangers.Count > 0)
        {
            throw Invalid("claims", $"Not appearances of statement {target.Id}: {string.Join(", ", strangers.Take(10))}{(strangers.Count > 10 ? ", ..." : "")}.");
        }

        var split = target.Split(leaving, members.Count, command.Values.Reason);
        db.Statements.Add(split);
        await db.SaveChangesAsync(cancellationToken);
        await db.Claims.Where(c => leaving.Contains(c.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(c => EF.Property<Guid?>(c, StatementColumns.StatementId), split.Id)
            .SetProperty(c => EF.Property<bool>(c, StatementColumns.Pinned), true), cancellationToken);
        await PinAsync(target.Id, cancellationToken);
        await RefreshAsync(target.Id, cancellationToken);
        await RefreshAsync(split.Id, cancellationToken);
        return await GetAsync(split.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<StatementRevision>> HistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        var revisions = await db.Revisions.Where(r => r.EntityId == id && r.EntityType == "statement").OrderBy(r => r.Number).Take(1000)
            .ToListAsync(cancellationToken);
        if (revisions.Count == 0)
        {
            throw ApiException.NotFound("Statement", id);
        }

        return revisions.ConvertAll(r =>
        {
            using var snapshot = JsonDocument.Parse(r.Snapshot);
            var root = snapshot.RootElement;
            var corrected = root.TryGetProperty("corrected", out var c) && c.ValueKind == JsonValueKind.True;
            var correction = root.TryGetProperty("correction", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
            return new StatementRevision(r.Number, r.Action, r.Author, r.At, corrected, correction);
        });
    }

    private async Task<StatementResponse> DescribeAsync(Statement statement, CancellationToken cancellationToken)
    {
        var count = await MembersAsync(statement.Id).CountAsync(cancellationToken);
        var first = (await StatementColumns.FirstAppearancesAsync(db, [statement.Id], cancellationToken)).GetValueOrDefault(statement.Id);
        var speaker = await db.Actors.Where(a => a.Id == statement.SpeakerId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return new StatementResponse(statement.Id, new ActorRef(statement.SpeakerId, speaker), count, first, statement.Corrected, statement.Correction,
            statement.CreatedAt, statement.UpdatedAt);
    }

    private async Task<Statement> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Statements.AsTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw ApiException.NotFound("Statement", id);

    private IQueryable<Domain.Claims.Claim> MembersAsync(Guid statement) =>
        db.Claims.Where(c => EF.Property<Guid?>(c, StatementColumns.StatementId) == statement && c.RetractedAt == null);

    private Task PinAsync(Guid statement, CancellationToken cancellationToken) =>
        MembersAsync(statement).ExecuteUpdateAsync(set => set.SetProperty(c => EF.Property<bool>(c, StatementColumns.Pinned), true), cancellationToken);

    private async Task RefreshAsync(Guid statement, CancellationToken cancellationToken) =>
        await ClaimDocuments.RefreshAsync(db, await MembersAsync(statement).Select(c => c.Id).ToListAsync(cancellationToken), cancellationToken);

    private static ValidationFailedException Invalid(string field, string message)
    {
        var errors = new ModelStateDictionary();
        errors.AddModelError(field, message);
        return new ValidationFailedException(errors);
    }
}
