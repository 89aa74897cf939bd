namespace NewsroomClaims.Api.Changes;

/// <summary>
/// The feed's one row of state shared by every instance: the first sequence number it still serves. Revisions below
/// it stay in the history (they are the record); the feed no longer replays them, and a token that would need them
/// answers 410.
/// </summary>
public sealed class ChangeFeedState
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>Changes numbered below this are outside the retention window.</summary>
    public long Floor { get; set; } = 1;

    public DateTime? PrunedAt { get; set; }
}
