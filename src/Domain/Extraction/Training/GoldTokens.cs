using NewsroomClaims.Domain.Extraction.Corpus;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>One gold attribution in token terms: the cue's token range and each token's role (0 none, 1 source, 2 content; B/I coded as in <see cref="Model.BioDecoder"/>).</summary>
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
                    CueLabels[tokens[i]] = i == 0 ? (byte)1 : (byte)2;
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
            Mark(doc, a.Content, 3, roles, cueFirst, cueLast);
            Mark(doc, a.Source, 1, roles, cueFirst, cueLast);
            Attributions.Add(new GoldTokenAttribution(cueFirst, cueLast, roles));
        }
    }

    /// <summary>Per token: 0 outside a cue, 1 first token of a cue, 2 inside one.</summary>
    public byte[] CueLabels { get; }

    public List<GoldTokenAttribution> Attributions { get; } = [];

    private static void Mark(TextDocument doc, IReadOnlyList<(int Start, int End)> fragments, byte begin, Dictionary<int, byte> roles, int cueFirst, int cueLast)
    {
        foreach (var fragment in fragments)
        {
            var tokens = TokensIn(doc, fragment);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i] < cueFirst || tokens[i] > cueLast)
                {
                    roles[tokens[i]] = i == 0 || tokens[i - 1] >= cueFirst && tokens[i - 1] <= cueLast ? begin : (byte)(begin + 1);
                }
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
