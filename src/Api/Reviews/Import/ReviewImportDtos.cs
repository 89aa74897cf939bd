using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>What an import did (or, with `dryRun=true`, would do) with each ClaimReview it was sent.</summary>
/// <param name="DryRun">True when nothing was stored: the ids are those the records would have had.</param>
/// <param name="Method">How claims were matched: `text` (the same words, or nearly).</param>
/// <param name="Created">Reviews recorded.</param>
/// <param name="Updated">Reviews stored before (same reviewer, URL and claim) that the markup changed.</param>
/// <param name="Unchanged">Reviews stored before that the markup left as they were.</param>
/// <param name="Reviews">One entry per ClaimReview, in the order they were sent.</param>
public sealed record ReviewImportResponse(bool DryRun, string Method, int Created, int Updated, int Unchanged, IReadOnlyList<ImportedReview> Reviews);

/// <summary>One imported ClaimReview.</summary>
/// <param name="Path">Where it stood in the request body (JSONPath).</param>
/// <param name="Action">created, updated or unchanged.</param>
/// <param name="ReviewId">The review's id.</param>
/// <param name="Verdict">The verdict derived from its rating.</param>
/// <param name="RatingText">The reviewer's words for the rating.</param>
/// <param name="Reviewer">The reviewer: an actor found by name or alias, or created.</param>
/// <param name="Claim">The claim it was linked to, and how.</param>
public sealed record ImportedReview(string Path, ImportAction Action, Guid ReviewId, Verdict Verdict, string? RatingText, ImportedActor Reviewer, ImportedClaim Claim);

/// <summary>An actor the import found or created.</summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Created">True when the import created it.</param>
public sealed record ImportedActor(Guid Id, string Name, bool Created);

/// <summary>The claim a ClaimReview was linked to.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Link">url: the markup named the claim by its URL in this API; match: the best match among the speaker's stored claims (or, for an unknown speaker, the article's); created: no claim matched, so the one the markup describes was recorded (origin import).</param>
/// <param name="Score">How well it matched, from 0 to 1 (1 for a URL); null for a created claim.</param>
/// <param name="Content">The claim's words as stored.</param>
/// <param name="Speaker">Its speaker, when an actor: found by name or alias, or created with the claim.</param>
/// <param name="ArticleId">The article it appears in.</param>
/// <param name="ArticleCreated">True when the import recorded the article (the claim's appearance, else the fact check's page) to hold a created claim.</param>
public sealed record ImportedClaim(Guid Id, ClaimLink Link, double? Score, string Content, ImportedActor? Speaker, Guid ArticleId, bool ArticleCreated);

public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
}

public enum ClaimLink
{
    Url,
    Match,
    Created,
}
