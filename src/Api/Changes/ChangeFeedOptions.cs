using System.ComponentModel.DataAnnotations;

namespace NewsroomClaims.Api.Changes;

public sealed class ChangeFeedOptions
{
    public const string Section = "Changes";

    /// <summary>How long the feed replays a change. A token older than that answers 410; the history keeps every revision.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the retention window moves on.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How often a waiting reader (long poll, webhook worker) looks at the database for changes committed through
    /// another instance; commits through its own instance wake it at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
