using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>
/// One row per token around every gold cue (its sentence and one either side, the cue itself left out), labelled with
/// the token's role in that cue's attribution. Trained on gold cues, so the stage learns roles, not cue mistakes.
/// </summary>
internal sealed class RoleRows : IRowSource
{
    private readonly IReadOnlyList<EncodedDocument> docs;
    private readonly List<(int Doc, int CueFirst, int CueLast, float[] CueVector, int Rule)> cues = [];
    private readonly List<(int Cue, int Token, byte Label)> rows = [];

    public RoleRows(IReadOnlyList<EncodedDocument> docs)
    {
        this.docs = docs;
        for (var d = 0; d < docs.Count; d++)
        {
            var ctx = docs[d].Context;
            foreach (var a in docs[d].Tokens.Attributions)
            {
                var (first, last) = RoleFeatures.Window(ctx.Doc, a.CueFirst, a.CueLast);
                cues.Add((d, a.CueFirst, a.CueLast, RoleFeatures.CueVector(ctx, a.CueFirst, a.CueLast), ctx.RuleDraftFor(a.CueFirst, a.CueLast)));
                for (var t = first; t <= last; t++)
                {
                    if (t < a.CueFirst || t > a.CueLast)
                    {
                        rows.Add((cues.Count - 1, t, a.RoleLabels.TryGetValue(t, out var label) ? label : (byte)0));
                    }
                }
            }
        }
    }

    public int Count => rows.Count;

    public int Width => RoleFeatures.Width;

    public void Fill(int row, Span<float> x)
    {
        var (cue, token, _) = rows[row];
        var c = cues[cue];
        RoleFeatures.Fill(docs[c.Doc].Context, c.CueFirst, c.CueLast, c.CueVector, c.Rule, token, x);
    }

    public int Label(int row) => rows[row].Label;
}
