namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>The cue stage's input for one token: its contextual vector and a few facts a vector does not hold well.</summary>
internal static class CueFeatures
{
    public const int Extra = 16;
    private const int D = MiniLmEncoder.Dimensions;
    public const int Width = (3 * D) + Extra;

    /// <summary>The token's vector and its neighbours' (a cue's ends depend on the words beside it: "said in a statement").</summary>
    public static void Fill(DocumentContext ctx, int t, Span<float> x)
    {
        ctx.Neighbour(t - 1).CopyTo(x);
        ctx.Vector(t).CopyTo(x[D..]);
        ctx.Neighbour(t + 1).CopyTo(x[(2 * D)..]);
        var f = x[(3 * D)..];
        f.Clear();
        var doc = ctx.Doc;
        var rule = ctx.RuleCue[t];
        if (rule >= 0)
        {
            f[ctx.RuleDrafts[rule].CueFirst == t ? 0 : 1] = 1;
        }

        f[2] = (ctx.RuleRole[t] & DocumentContext.SourceBit) != 0 ? 1 : 0;
        f[3] = (ctx.RuleRole[t] & DocumentContext.ContentBit) != 0 ? 1 : 0;
        var (begin, inside, frequency) = ctx.Priors[t];
        f[4] = begin;
        f[5] = inside;
        f[6] = frequency;
        var token = doc.Tokens[t];
        f[7] = token.Kind == TokenKind.Punct ? 1 : 0;
        f[8] = doc.IsPunct(t, ':') ? 1 : 0;
        f[9] = token.Kind is TokenKind.Quote or TokenKind.SingleQuote ? 1 : 0;
        f[10] = doc.IsCapitalized(t) ? 1 : 0;
        f[11] = doc.QuoteOf[t] >= 0 ? 1 : 0;
        var (first, last) = doc.Sentences[doc.SentenceOf[t]];
        f[12] = t == first ? 1 : 0;
        f[13] = t == last ? 1 : 0;
        f[14] = doc.IsPunct(t - 1, ',') ? 1 : 0;
        f[15] = t + 1 < doc.Tokens.Length && (doc.Tokens[t + 1].Kind == TokenKind.Quote || doc.IsPunct(t + 1, ':')) ? 1 : 0;
    }
}
