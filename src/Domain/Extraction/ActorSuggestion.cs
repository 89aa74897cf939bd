using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>A speaker the gazetteer did not know, with a best guess at what kind of actor it is.</summary>
public sealed record ActorSuggestion(string Name, ActorKind Kind);
