namespace NewsroomClaims.Domain.Claims;

/// <summary>
/// Who made the record: a person, the extraction engine, or the ClaimReview importer (a claim a fact-checker reviewed
/// that the newsroom had not recorded). Re-extraction only replaces engine records.
/// </summary>
public enum ClaimOrigin
{
    Person,
    Engine,
    Import,
}
