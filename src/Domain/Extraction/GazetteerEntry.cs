using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>A known actor the extractor may resolve sources to.</summary>
public sealed record GazetteerEntry(Guid ActorId, string Name, ActorKind Kind, IReadOnlyList<string> Aliases);
