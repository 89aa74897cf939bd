namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// One hop of an attribution chain. The publisher pseudo-link has no attribution behind it, so
/// <see cref="AttributionId"/> is null there; every other step points at the attribution it came from.
/// </summary>
public sealed record ChainStep(string Name, Guid? ActorId, bool IsAnonymous, bool IsPublisher, string? AttributionId, SpanText? Source, SpanText? Cue);
