using System.ComponentModel.DataAnnotations;

namespace NewsroomClaims.Api.Exports;

public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// Claims read per query while a whole-list export streams. Bounds the memory an export holds (one batch
    /// and its articles) whatever the list's length; larger batches cost fewer round trips.
    /// </summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Whole-list exports that may stream at once (on this instance). Each holds a connection and a database
    /// snapshot for as long as it streams, which on a million claims is minutes; more answer 429.
    /// </summary>
    [Range(1, 100)]
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>The rate-limiting policy that counts running exports.</summary>
    public const string ConcurrencyPolicy = "exports";
}
