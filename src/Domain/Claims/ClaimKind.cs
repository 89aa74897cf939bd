namespace NewsroomClaims.Domain.Claims;

/// <summary>How the article renders the statement: quoted, paraphrased, or paraphrase with quoted fragments.</summary>
public enum ClaimKind
{
    Direct,
    Indirect,
    Mixed,
}
