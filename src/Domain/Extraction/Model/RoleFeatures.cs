namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// The role stage's input for one token given one cue: the vectors of the token and its neighbours (where spans end),
/// the cue's vector and the product of token and cue (how this token relates to this cue), then where the token lies from the cue in tokens, sentences and quotation marks,
/// and what the rules proposed for the same cue.
/// </summary>
internal static class RoleFeatures
{
    private const int D = MiniLmEncoder.Dimensions;
    private static readonly int[] Buckets = [1, 2, 3, 4, 6, 9, 14, 22, 35];
    public const int Extra = 44;
    public const int Width = (5 * D) + Extra;
    public const int CueOffset = 3 * D;
    public const int ProductOffset = 4 * D;
    public const int ExtraOffset = 5 * D;

    /// <summary>The sentences a cue's source and content are looked for in: its own and one either side.</summary>
    public static (int First, int Last) Window(TextDocument doc, int cueFirst, int cueLast)
    {
        var s1 = Math.Max(0, doc.SentenceOf[cueFirst] - 1);
        var s2 = Math.Min(doc.Sentences.Count - 1, doc.SentenceOf[cueLast] + 1);
        return (doc.Sentences[s1].First, doc.Sentences[s2].Last);
    }

    /// <summary>The cue's vector: the mean of its tokens'.</summary>
    public static float[] CueVector(DocumentContext ctx, int cueFirst, int cueLast)
    {
        var v = new float[D];
        for (var k = cueFirst; k <= cueLast; k++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(v, ctx.Vector(k), v);
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(v, 1f / (cueLast - cueFirst + 1), v);
        return v;
    }

    public static void Fill(DocumentContext ctx, int cueFirst, int cueLast, ReadOnlySpan<float> cueVector, int ruleDraft, int t, Span<float> x)
    {
        var v = ctx.Vector(t);
        ctx.Neighbour(t - 1).CopyTo(x);
        v.CopyTo(x[D..]);
        ctx.Neighbour(t + 1).CopyTo(x[(2 * D)..]);
        cueVector.CopyTo(x[(3 * D)..]);
        System.Numerics.Tensors.TensorPrimitives.Multiply(v, cueVector, x.Slice(4 * D, D));
        FillExtra(ctx, cueFirst, cueLast, ruleDraft, t, x[ExtraOffset..]);
    }

    /// <summary>The features after the vectors: position relative to the cue, punctuation, quotes, the rules' view.</summary>
    public static void FillExtra(DocumentContext ctx, int cueFirst, int cueLast, int ruleDraft, int t, Span<float> f)
    {
        f.Clear();
        var doc = ctx.Doc;

        // 0-19: distance from the cue, one side or the other, in widening buckets.
        var before = t < cueFirst;
        var distance = before ? cueFirst - t : t - cueLast;
        var bucket = 0;
        while (bucket < Buckets.Length && distance > Buckets[bucket])
        {
            bucket++;
        }

        f[(before ? 0 : 10) + bucket] = 1;

        // 20-22: sentence before, same, after.
        var sentenceOffset = doc.SentenceOf[t] - doc.SentenceOf[before ? cueFirst : cueLast];
        f[21 + Math.Clamp(sentenceOffset, -1, 1)] = 1;
        f[23] = SameParagraph(doc, t, cueFirst) ? 1 : 0;
        var token = doc.Tokens[t];
        f[24] = token.Kind == TokenKind.Punct ? 1 : 0;
        f[25] = token.Kind is TokenKind.Quote or TokenKind.SingleQuote ? 1 : 0;
        f[26] = doc.IsCapitalized(t) ? 1 : 0;
        f[27] = doc.IsPunct(t, ',') ? 1 : 0;
        f[28] = doc.IsPunct(t, '.') ? 1 : 0;
        f[29] = doc.QuoteOf[t] >= 0 ? 1 : 0;
        f[30] = doc.QuoteOf[cueFirst] >= 0 ? 1 : 0;
        f[31] = doc.QuoteOf[t] >= 0 && doc.QuoteOf[t] == doc.QuoteOf[cueFirst] ? 1 : 0;
        var (from, to) = before ? (t + 1, cueFirst - 1) : (cueLast + 1, t - 1);
        var commas = 0;
        var quoteMarks = 0;
        for (var k = from; k <= to; k++)
        {
            commas += doc.IsPunct(k, ',') ? 1 : 0;
            quoteMarks += doc.Tokens[k].Kind == TokenKind.Quote ? 1 : 0;
        }

        f[32] = quoteMarks > 0 ? 1 : 0;
        f[33] = Math.Min(commas, 5) / 5f;
        if (ruleDraft >= 0)
        {
            var draft = ctx.RuleDrafts[ruleDraft];
            f[34] = 1;
            f[35] = draft.HasSource && draft.SourceFirst <= t && t <= draft.SourceLast ? 1 : 0;
            f[36] = draft.Content.Any(r => r.First <= t && t <= r.Last) ? 1 : 0;
            f[37] = draft.Content.Any(r => r.First == t) ? 1 : 0;
            f[38] = draft.Content.Any(r => r.Last == t) ? 1 : 0;
        }

        f[39] = (ctx.RuleRole[t] & DocumentContext.SourceBit) != 0 ? 1 : 0;
        f[40] = (ctx.RuleRole[t] & DocumentContext.ContentBit) != 0 ? 1 : 0;
        f[41] = ctx.RuleCue[t] >= 0 ? 1 : 0;
        f[42] = t == doc.Sentences[doc.SentenceOf[t]].First ? 1 : 0;
        f[43] = t == doc.Sentences[doc.SentenceOf[t]].Last ? 1 : 0;
    }

    private static bool SameParagraph(TextDocument doc, int a, int b)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        for (var k = lo + 1; k <= hi; k++)
        {
            if (doc.Tokens[k].ParagraphStart)
            {
                return false;
            }
        }

        return true;
    }
}
