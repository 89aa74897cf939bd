namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Reads one cue's source and content out of the role stage's per-token BILOU probabilities with the shape attributions
/// have: at most one source, and at most one content piece on each side of the cue (a quote split around "she said" is
/// the two-piece case). Each candidate span is scored by how much likelier its B..I..L (or U) labels are than O on the
/// same tokens, so stray single tokens and ragged ends that a token-by-token reading keeps are dropped.
/// </summary>
internal static class SpanDecoder
{
    public const int SourceType = 0;
    public const int ContentType = 1;

    public static ((int First, int Last)? Source, List<(int First, int Last)> Content) Decode(
        ReadOnlySpan<float> probabilities, int tokens, int cueFirst, int cueLast)
    {
        var labels = Bilou.Labels(2);
        var blocked = new bool[tokens];
        for (var k = cueFirst; k <= cueLast; k++)
        {
            blocked[k] = true;
        }

        var source = Best(probabilities, labels, SourceType, blocked, 0, tokens - 1);
        if (source is var (sf, sl))
        {
            for (var k = sf; k <= sl; k++)
            {
                blocked[k] = true;
            }
        }

        var content = new List<(int, int)>();
        if (Best(probabilities, labels, ContentType, blocked, 0, cueFirst - 1) is { } before)
        {
            content.Add(before);
        }

        if (Best(probabilities, labels, ContentType, blocked, cueLast + 1, tokens - 1) is { } after)
        {
            content.Add(after);
        }

        return (source, content);
    }

    /// <summary>The best-scoring span of a type inside [from, to] avoiding blocked tokens, if any beats all-O.</summary>
    private static (int, int)? Best(ReadOnlySpan<float> p, int labels, int type, bool[] blocked, int from, int to)
    {
        var b = 1 + (4 * type);
        (int, int)? best = null;
        var bestScore = 0.0;
        for (var a = from; a <= to; a++)
        {
            if (blocked[a])
            {
                continue;
            }

            var unit = Log(p, a, b + 3, labels) - Log(p, a, 0, labels);
            if (unit > bestScore)
            {
                bestScore = unit;
                best = (a, a);
            }

            // Running score of B at a, I on a+1..e-1, then L at e.
            var open = Log(p, a, b, labels) - Log(p, a, 0, labels);
            for (var e = a + 1; e <= to && !blocked[e]; e++)
            {
                var close = open + Log(p, e, b + 2, labels) - Log(p, e, 0, labels);
                if (close > bestScore)
                {
                    bestScore = close;
                    best = (a, e);
                }

                open += Log(p, e, b + 1, labels) - Log(p, e, 0, labels);
                if (open < bestScore - 40)
                {
                    break;
                }
            }
        }

        return best;
    }

    private static double Log(ReadOnlySpan<float> p, int token, int label, int labels) => Math.Log(Math.Max(p[(token * labels) + label], 1e-9f));
}
