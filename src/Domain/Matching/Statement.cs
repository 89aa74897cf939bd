namespace NewsroomClaims.Domain.Matching;

/// <summary>
/// One thing a speaker said, as it appears in one or more claims (each claim an appearance in an article). Claims are
/// grouped into statements automatically by the similarity of their embeddings; an editor corrects the grouping by
/// merging two statements or splitting claims off into a new one. A corrected statement's appearances are pinned: the
/// automatic grouping never moves them again, so a recomputation cannot undo an editor.
/// </summary>
public sealed class Statement : Entity
{
    private Statement()
    {
    }

    /// <summary>Every appearance is a claim by this speaker (an actor: anonymous sources are not grouped).</summary>
    public Guid SpeakerId { get; private set; }

    /// <summary>True once an editor merged or split it.</summary>
    public bool Corrected { get; private set; }

    /// <summary>The last correction in words, as its history shows it: what moved, and the editor's reason.</summary>
    public string? Correction { get; private set; }

    /// <summary>A statement the automatic grouping found (a claim like no other of its speaker's so far).</summary>
    public static Statement Found(Guid speakerId) => new() { SpeakerId = speakerId };

    /// <summary>
    /// An editor's merge: <paramref name="other"/>'s appearances (<paramref name="moved"/>) join this statement; the
    /// caller moves them and deletes <paramref name="other"/>.
    /// </summary>
    public void Absorb(Statement other, IReadOnlyCollection<Guid> moved, string? reason)
    {
        if (other.Id == Id)
        {
            throw new StatementRuleException("A statement cannot be merged with itself.");
        }

        if (other.SpeakerId != SpeakerId)
        {
            throw new StatementRuleException(
                $"Statement {other.Id} is by another speaker; only statements by the same speaker can be merged.", isConflict: true);
        }

        Correct($"Merged statement {other.Id} into this one: {Claims(moved)} joined.", reason);
    }

    /// <summary>
    /// An editor's split: <paramref name="leaving"/> (some of this statement's <paramref name="memberCount"/>
    /// appearances) become a statement of their own, returned for the caller to store and move them to.
    /// </summary>
    public Statement Split(IReadOnlyCollection<Guid> leaving, int memberCount, string? reason)
    {
        if (leaving.Count == 0)
        {
            throw new StatementRuleException("Name at least one claim to split off.");
        }

        if (leaving.Count >= memberCount)
        {
            throw new StatementRuleException("A split must leave at least one appearance in the statement; to move them all, merge instead.");
        }

        var split = new Statement { SpeakerId = SpeakerId };
        split.Correct($"Split off statement {Id}: {Claims(leaving)} moved here.", reason);
        Correct($"Split into statement {split.Id}: {Claims(leaving)} moved there.", reason);
        return split;
    }

    /// <summary>Up to ten claim ids, then how many more: the note stays within its column however large the correction.</summary>
    private static string Claims(IReadOnlyCollection<Guid> claims) =>
        (claims.Count == 1 ? "claim " : "claims ") + string.Join(", ", claims.Take(10)) + (claims.Count > 10 ? $" and {claims.Count - 10} more" : "");

    private void Correct(string what, string? reason)
    {
        Corrected = true;
        Correction = string.IsNullOrWhiteSpace(reason) ? what : $"{what} Reason: {reason.Trim()}";
        Touch();
    }
}

/// <summary>A correction the statement's rules refuse: 400, or 409 when it conflicts with what is stored.</summary>
public sealed class StatementRuleException(string message, bool isConflict = false) : Exception(message)
{
    public bool IsConflict { get; } = isConflict;
}
