using System.Text.Json;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.History;

/// <summary>One change to a record.</summary>
/// <param name="Number">1 for the creation, counting up.</param>
/// <param name="Action">created, updated, retracted or deleted.</param>
/// <param name="Author">The name of the API key that made the change ("system" for the seed story).</param>
/// <param name="At">When the change was saved (UTC).</param>
/// <param name="Changes">The fields this change set, with their values before and after; every field for a creation.</param>
/// <param name="Snapshot">The record after the change (before it, for a deletion).</param>
public sealed record RevisionResponse(int Number, RevisionAction Action, string Author, DateTime At, IReadOnlyList<FieldChange> Changes, JsonElement Snapshot);

/// <summary>One field's value before and after a change.</summary>
/// <param name="Field">The field, as named in the snapshot.</param>
/// <param name="From">The value before; null for a creation.</param>
/// <param name="To">The value after; null for a deletion.</param>
public sealed record FieldChange(string Field, JsonElement? From, JsonElement? To);
