using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>One row per token of every document: is it the first token of a cue, inside one, or neither.</summary>
internal sealed class CueRows : IRowSource
{
    private readonly IReadOnlyList<EncodedDocument> docs;
    private readonly List<(int Doc, int Token)> rows = [];

    public CueRows(IReadOnlyList<EncodedDocument> docs)
    {
        this.docs = docs;
        for (var d = 0; d < docs.Count; d++)
        {
            for (var t = 0; t < docs[d].Context.Doc.Tokens.Length; t++)
            {
                rows.Add((d, t));
            }
        }
    }

    public int Count => rows.Count;

    public int Width => CueFeatures.Width;

    public void Fill(int row, Span<float> x) => CueFeatures.Fill(docs[rows[row].Doc].Context, rows[row].Token, x);

    public int Label(int row) => docs[rows[row].Doc].Tokens.CueLabels[rows[row].Token];
}
