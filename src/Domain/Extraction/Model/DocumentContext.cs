namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Everything the model stages read about one text, computed once: tokens and structure, standardised contextual
/// vectors, the rules' proposals (as hints, never as answers) and the cue priors per token.
/// </summary>
internal sealed class DocumentContext
{
    public DocumentContext(TextDocument doc, float[] vectors, List<Draft> ruleDrafts, CuePriors priors)
    {
        Doc = doc;
        Vectors = vectors;
        RuleDrafts = ruleDrafts;
        var n = doc.Tokens.Length;
        RuleCue = new int[n];
        RuleRole = new byte[n];
        Array.Fill(RuleCue, -1);
        for (var d = 0; d < ruleDrafts.Count; d++)
        {
            var draft = ruleDrafts[d];
            for (var k = draft.CueFirst; k <= draft.CueLast; k++)
            {
                RuleCue[k] = d;
            }

            for (var k = draft.SourceFirst; draft.HasSource && k <= draft.SourceLast; k++)
            {
                RuleRole[k] |= SourceBit;
            }

            foreach (var (f, l) in draft.Content)
            {
                for (var k = f; k <= l; k++)
                {
                    RuleRole[k] |= ContentBit;
                }
            }
        }

        Priors = new (float, float, float)[n];
        for (var t = 0; t < n; t++)
        {
            Priors[t] = priors.Of(doc.Span(t));
        }
    }

    public const byte SourceBit = 1;
    public const byte ContentBit = 2;

    public TextDocument Doc { get; }

    /// <summary>[token, 384], standardised with the training set's mean and deviation.</summary>
    public float[] Vectors { get; }

    public List<Draft> RuleDrafts { get; }

    /// <summary>Per token, the rule draft whose cue covers it, or -1.</summary>
    public int[] RuleCue { get; }

    /// <summary>Per token, whether some rule draft put it in a source and/or a content.</summary>
    public byte[] RuleRole { get; }

    public (float Begin, float Inside, float Frequency)[] Priors { get; }

    public ReadOnlySpan<float> Vector(int token) => Vectors.AsSpan(token * MiniLmEncoder.Dimensions, MiniLmEncoder.Dimensions);

    /// <summary>A token's vector, or zeros (the training mean) past either end of the text.</summary>
    public ReadOnlySpan<float> Neighbour(int token) =>
        token >= 0 && token < Doc.Tokens.Length ? Vector(token) : Zeros;

    private static readonly float[] Zeros = new float[MiniLmEncoder.Dimensions];

    /// <summary>The rule draft whose cue overlaps [first, last], or -1.</summary>
    public int RuleDraftFor(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (RuleCue[k] >= 0)
            {
                return RuleCue[k];
            }
        }

        return -1;
    }
}
