namespace NewsroomClaims.Domain.Extraction;

/// <summary>Who the source refers to once pronouns, titles and the gazetteer are taken into account.</summary>
public sealed record ExtractedSpeaker(string Name, Guid? ActorId, bool IsAnonymous);
