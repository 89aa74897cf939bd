namespace NewsroomClaims.Domain.Claims;

public enum RelationKind
{
    Contradicts,
    Supports,
    Repeats,
    RespondsTo,
}
