namespace NewsroomClaims.Domain.Claims;

/// <summary>Who made the record: a person, or the extraction engine. Re-extraction only replaces engine records.</summary>
public enum ClaimOrigin
{
    Person,
    Engine,
}
