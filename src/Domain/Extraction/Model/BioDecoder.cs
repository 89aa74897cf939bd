namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Best label sequence under BIO constraints (Viterbi). Labels are 0 = O, then B and I for each span type
/// (1 + 2k = B of type k, 2 + 2k = I of type k); I of a type may only follow B or I of the same type, so every
/// decoded span is well formed. Tokens marked forced-out can only be O (a cue is never its own source or content).
/// </summary>
internal static class BioDecoder
{
    public static int[] Decode(ReadOnlySpan<float> probabilities, int tokens, int labels, ReadOnlySpan<bool> forcedOut = default)
    {
        var path = new int[tokens];
        if (tokens == 0)
        {
            return path;
        }

        var score = new double[tokens * labels];
        var back = new int[tokens * labels];
        for (var i = 0; i < tokens; i++)
        {
            for (var y = 0; y < labels; y++)
            {
                var emit = Emission(probabilities, i, y, labels, forcedOut);
                if (i == 0)
                {
                    score[y] = IsInside(y) ? double.NegativeInfinity : emit;
                    continue;
                }

                var best = double.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    if (!Allowed(p, y))
                    {
                        continue;
                    }

                    var s = score[((i - 1) * labels) + p];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * labels) + y] = best + emit;
                back[(i * labels) + y] = arg;
            }
        }

        var last = 0;
        for (var y = 1; y < labels; y++)
        {
            if (score[((tokens - 1) * labels) + y] > score[((tokens - 1) * labels) + last])
            {
                last = y;
            }
        }

        for (var i = tokens - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[(i * labels) + last];
        }

        return path;
    }

    /// <summary>The spans of one type in a decoded sequence, as inclusive index ranges.</summary>
    public static List<(int First, int Last)> Spans(ReadOnlySpan<int> path, int type)
    {
        var spans = new List<(int, int)>();
        var begin = 1 + (2 * type);
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != begin)
            {
                continue;
            }

            var j = i;
            while (j + 1 < path.Length && path[j + 1] == begin + 1)
            {
                j++;
            }

            spans.Add((i, j));
            i = j;
        }

        return spans;
    }

    private static bool IsInside(int y) => y > 0 && y % 2 == 0;

    private static bool Allowed(int previous, int y) => !IsInside(y) || previous == y || previous == y - 1;

    private static double Emission(ReadOnlySpan<float> p, int i, int y, int labels, ReadOnlySpan<bool> forcedOut)
    {
        if (!forcedOut.IsEmpty && forcedOut[i])
        {
            return y == 0 ? 0 : double.NegativeInfinity;
        }

        return Math.Log(Math.Max(p[(i * labels) + y], 1e-9f));
    }
}
