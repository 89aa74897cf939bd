namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Per-call context: known actors, the publisher that is the outermost link of every chain, and the mode (null: accurate
/// when a model is loaded, else fast; the result says which ran).
/// </summary>
public sealed record ExtractionOptions(Gazetteer? Gazetteer = null, string? Publisher = null, DateTime? PublishedAt = null, ExtractionMode? Mode = null);
