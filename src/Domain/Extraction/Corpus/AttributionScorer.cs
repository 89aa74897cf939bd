using System.Text.RegularExpressions;

namespace NewsroomClaims.Domain.Extraction.Corpus;

/// <summary>
/// The shared scorer (<c>score_attributions.py</c>) in C#, so training can select models and calibrate confidence on
/// the very criterion the figures are reported with: exact and token-overlap matches per role, and "who said what"
/// (contents sharing half the smaller one's words, sources sharing a word). The reported figures still come from the
/// Python scorer against the running API.
/// </summary>
public static partial class AttributionScorer
{
    public static AttributionScores Score(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<GoldAttribution> predicted)
    {
        var scores = new AttributionScores { Documents = 1, Gold = gold.Count, Predicted = predicted.Count };
        var tokenOf = TokenIndex(text);
        var g = gold.Select(a => Sets(text, a)).ToList();
        var p = predicted.Select(a => Sets(text, a)).ToList();
        for (var r = 0; r < 3; r++)
        {
            var gs = g.Select(x => x[r]).Where(s => s.Count > 0).ToList();
            var ps = p.Select(x => x[r]).Where(s => s.Count > 0).ToList();
            scores.Role[r, 1] += ps.Count;
            scores.Role[r, 2] += gs.Count;
            var pool = new List<HashSet<int>>(gs);
            foreach (var s in ps)
            {
                var hit = pool.FindIndex(x => x.SetEquals(s));
                if (hit >= 0)
                {
                    pool.RemoveAt(hit);
                    scores.Role[r, 0]++;
                }
            }

            var gt = Tokens(gs, tokenOf);
            var pt = Tokens(ps, tokenOf);
            scores.Role[r, 4] += pt.Count;
            scores.Role[r, 3] += pt.Count(gt.Contains);
            scores.Role[r, 6] += gt.Count;
            scores.Role[r, 5] += gt.Count(pt.Contains);
        }

        scores.Matched = Matches(g, p, tokenOf).Count;
        return scores;
    }

    /// <summary>Which predictions match a gold attribution under the "who said what" rule (index pairs, one-to-one).</summary>
    public static List<(int Predicted, int Gold)> MatchAttributions(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<GoldAttribution> predicted)
    {
        var tokenOf = TokenIndex(text);
        return Matches([.. gold.Select(a => Sets(text, a))], [.. predicted.Select(a => Sets(text, a))], tokenOf);
    }

    private static List<(int, int)> Matches(List<HashSet<int>[]> g, List<HashSet<int>[]> p, Dictionary<int, int> tokenOf)
    {
        var gt = g.Select(x => x.Select(s => Tokens([s], tokenOf)).ToArray()).ToList();
        var pt = p.Select(x => x.Select(s => Tokens([s], tokenOf)).ToArray()).ToList();
        var pairs = new List<(int Inter, int I, int J)>();
        for (var i = 0; i < pt.Count; i++)
        {
            for (var j = 0; j < gt.Count; j++)
            {
                var pc = pt[i][2];
                var gc = gt[j][2];
                if (pc.Count == 0 || gc.Count == 0)
                {
                    continue;
                }

                var inter = pc.Count(gc.Contains);
                if (inter * 2 < Math.Min(pc.Count, gc.Count))
                {
                    continue;
                }

                var sourceOk = (gt[j][0].Count == 0 && pt[i][0].Count == 0) || pt[i][0].Overlaps(gt[j][0]);
                if (sourceOk)
                {
                    pairs.Add((inter, i, j));
                }
            }
        }

        pairs.Sort((a, b) => b.CompareTo(a));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var result = new List<(int, int)>();
        foreach (var (_, i, j) in pairs)
        {
            if (!usedP.Contains(i) && !usedG.Contains(j))
            {
                usedP.Add(i);
                usedG.Add(j);
                result.Add((i, j));
            }
        }

        return result;
    }

    private static HashSet<int>[] Sets(string text, GoldAttribution a) =>
        [CharSet(text, a.Source), CharSet(text, a.Cue), CharSet(text, a.Content)];

    private static HashSet<int> CharSet(string text, IReadOnlyList<(int Start, int End)> frags)
    {
        var set = new HashSet<int>();
        foreach (var (start, end) in frags)
        {
            var a = Math.Max(0, start);
            var b = Math.Min(text.Length, end);
            while (a < b && char.IsWhiteSpace(text[a]))
            {
                a++;
            }

            while (b > a && char.IsWhiteSpace(text[b - 1]))
            {
                b--;
            }

            for (var c = a; c < b; c++)
            {
                set.Add(c);
            }
        }

        return set;
    }

    private static HashSet<int> Tokens(IEnumerable<HashSet<int>> sets, Dictionary<int, int> tokenOf)
    {
        var result = new HashSet<int>();
        foreach (var s in sets)
        {
            foreach (var c in s)
            {
                if (tokenOf.TryGetValue(c, out var t))
                {
                    result.Add(t);
                }
            }
        }

        return result;
    }

    private static Dictionary<int, int> TokenIndex(string text)
    {
        var index = new Dictionary<int, int>();
        var n = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            for (var c = m.Index; c < m.Index + m.Length; c++)
            {
                index[c] = n;
            }

            n++;
        }

        return index;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
