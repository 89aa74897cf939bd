using NewsroomClaims.Domain.Extraction.Corpus;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>One gold attribution in token terms: the cue's token range and each token's role label (<see cref="Model.Bilou"/>: source is type 0, content type 1).</summary>
internal sealed record GoldTokenAttribution(int CueFirst, int CueLast, Dictionary<int, byte> RoleLabels);

/// <summary>Gold character spans mapped onto the tokenizer's tokens (a token belongs to a span it lies wholly inside).</summary>
internal sealed class GoldTokens
{
    public GoldTokens(TextDocument doc, IReadOnlyList<GoldAttribution> gold)
    {
        var n = doc.Tokens.Length;
        CueLabels = new byte[n];
        foreach (var a in gold)
        {
            var cueFirst = int.MaxValue;
            var cueLast = -1;
            foreach (var fragment in a.Cue)
            {
                var tokens = TokensIn(doc, fragment);
                for (var i = 0; i < tokens.Count; i++)
                {
                    CueLabels[tokens[i]] = Model.Bilou.Label(0, i, tokens.Count);
                }

                if (tokens.Count > 0)
                {
                    cueFirst = Math.Min(cueFirst, tokens[0]);
                    cueLast = Math.Max(cueLast, tokens[^1]);
                }
            }

            if (cueLast < 0)
            {
                continue;
            }

            var roles = new Dictionary<int, byte>();
            Mark(doc, a.Content, 1, roles, cueFirst, cueLast);
            Mark(doc, a.Source, 0, roles, cueFirst, cueLast);
            Attributions.Add(new GoldTokenAttribution(cueFirst, cueLast, roles));
        }
    }

    /// <summary>Per token: the cue label in <see cref="Model.Bilou"/> terms (0 outside a cue).</summary>
    public byte[] CueLabels { get; }

    public List<GoldTokenAttribution> Attributions { get; } = [];

    // Each maximal run of a fragment's tokens outside the cue is one span (a cue is never part of its own content).
    private static void Mark(TextDocument doc, IReadOnlyList<(int Start, int End)> fragments, int type, Dictionary<int, byte> roles, int cueFirst, int cueLast)
    {
        foreach (var fragment in fragments)
        {
            var tokens = TokensIn(doc, fragment).Where(t => t < cueFirst || t > cueLast).ToList();
            var i = 0;
            while (i < tokens.Count)
            {
                var j = i;
                while (j + 1 < tokens.Count && tokens[j + 1] == tokens[j] + 1)
                {
                    j++;
                }

                for (var k = i; k <= j; k++)
                {
                    roles[tokens[k]] = Model.Bilou.Label(type, k - i, j - i + 1);
                }

                i = j + 1;
            }
        }
    }

    private static List<int> TokensIn(TextDocument doc, (int Start, int End) span)
    {
        var result = new List<int>();
        var tokens = doc.Tokens;
        var lo = 0;
        var hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var t = lo; t < tokens.Length && tokens[t].Start < span.End; t++)
        {
            if (tokens[t].Start >= span.Start && tokens[t].End <= span.End)
            {
                result.Add(t);
            }
        }

        return result;
    }
}
