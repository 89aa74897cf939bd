namespace NewsroomClaims.Domain.Reviews;

/// <summary>
/// A fact-checker's rating brought onto one scale, so reviews from reviewers with different scales can be filtered
/// together: false, misleading, mixed, mostly true, true, or unrated when the rating says nothing about truth
/// ("Unproven", "Satire") or cannot be read.
/// </summary>
public enum Verdict
{
    False,
    Misleading,
    Mixed,
    MostlyTrue,
    True,
    Unrated,
}
