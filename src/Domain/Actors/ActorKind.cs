namespace NewsroomClaims.Domain.Actors;

public enum ActorKind
{
    Person,
    Organisation,
    Government,
    Outlet,
    AnonymousGroup,
}
