namespace NewsroomClaims.Domain.Extraction;

/// <summary>Per-call context: known actors and the publisher that is the outermost link of every chain.</summary>
public sealed record ExtractionOptions(Gazetteer? Gazetteer = null, string? Publisher = null, DateTime? PublishedAt = null);
