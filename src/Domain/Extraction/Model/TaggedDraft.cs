namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// One candidate of accurate mode and the stage scores its confidence was computed from. <see cref="FromModel"/>: its
/// cue came from the cue stage (else from the rules only). <see cref="Kept"/>: a rule shape accurate mode always keeps.
/// </summary>
internal sealed record TaggedDraft(Draft Draft, float[] Scores, bool FromModel, bool Kept = false);
