namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// The BILOU label scheme shared by the stages: 0 is outside; span type k has Begin = 1 + 4k, Inside = 2 + 4k,
/// Last = 3 + 4k and Unit (a one-token span) = 4 + 4k. Marking the last token apart from the inside ones is what
/// gives the tagger a say on where a span ends, and exact boundaries are what the figures count.
/// </summary>
internal static class Bilou
{
    public static int Labels(int types) => 1 + (4 * types);

    public static byte Label(int type, int index, int length) =>
        (byte)((4 * type) + (length == 1 ? 4 : index == 0 ? 1 : index == length - 1 ? 3 : 2));

    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 4;

    public static int PartOf(int label) => label == 0 ? 0 : ((label - 1) % 4) + 1;

    /// <summary>Best label sequence under BILOU constraints (Viterbi); forced-out tokens can only be O.</summary>
    public static int[] Decode(ReadOnlySpan<float> probabilities, int tokens, int types, ReadOnlySpan<bool> forcedOut = default)
    {
        var labels = Labels(types);
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
                    score[y] = PartOf(y) is 2 or 3 ? double.NegativeInfinity : emit;
                    continue;
                }

                var best = double.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    var s = score[((i - 1) * labels) + p];
                    if (s > best && Allowed(p, y))
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
            if (PartOf(y) is not (1 or 2) && score[((tokens - 1) * labels) + y] > score[((tokens - 1) * labels) + last])
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
        for (var i = 0; i < path.Length; i++)
        {
            if (TypeOf(path[i]) != type)
            {
                continue;
            }

            if (PartOf(path[i]) == 4)
            {
                spans.Add((i, i));
                continue;
            }

            var j = i;
            while (j + 1 < path.Length && TypeOf(path[j + 1]) == type && PartOf(path[j + 1]) is 2 or 3)
            {
                j++;
                if (PartOf(path[j]) == 3)
                {
                    break;
                }
            }

            spans.Add((i, j));
            i = j;
        }

        return spans;
    }

    // After B or I of a type only I or L of that type; I and L only after B or I of their type.
    private static bool Allowed(int previous, int y)
    {
        var open = PartOf(previous) is 1 or 2;
        var continues = PartOf(y) is 2 or 3;
        return open ? continues && TypeOf(previous) == TypeOf(y) : !continues;
    }

    private static double Emission(ReadOnlySpan<float> p, int i, int y, int labels, ReadOnlySpan<bool> forcedOut)
    {
        if (!forcedOut.IsEmpty && forcedOut[i])
        {
            return y == 0 ? 0 : double.NegativeInfinity;
        }

        return Math.Log(Math.Max(p[(i * labels) + y], 1e-9f));
    }
}
