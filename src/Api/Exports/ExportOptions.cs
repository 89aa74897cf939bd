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
}
