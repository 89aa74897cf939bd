namespace NewsroomClaims.Domain.Extraction.Corpus;

/// <summary>Counts behind the shared scorer's figures, summed over documents.</summary>
public sealed class AttributionScores
{
    public static readonly string[] Roles = ["source", "cue", "content"];

    public int Documents { get; set; }

    public int Gold { get; set; }

    public int Predicted { get; set; }

    public int Matched { get; set; }

    /// <summary>Per role: exact true positives, predicted, gold; token overlap hits and totals both ways.</summary>
    public long[,] Role { get; } = new long[3, 7];

    public (double P, double R, double F1) Attribution => Prf(Matched, Predicted, Matched, Gold);

    public (double P, double R, double F1) Exact(int role) => Prf(Role[role, 0], Role[role, 1], Role[role, 0], Role[role, 2]);

    public (double P, double R, double F1) Overlap(int role) => Prf(Role[role, 3], Role[role, 4], Role[role, 5], Role[role, 6]);

    public void Add(AttributionScores other)
    {
        Documents += other.Documents;
        Gold += other.Gold;
        Predicted += other.Predicted;
        Matched += other.Matched;
        for (var r = 0; r < 3; r++)
        {
            for (var k = 0; k < 7; k++)
            {
                Role[r, k] += other.Role[r, k];
            }
        }
    }

    public override string ToString()
    {
        var lines = new List<string> { $"docs {Documents}  gold {Gold}  predicted {Predicted}", $"{"",-12}{"exact P/R/F1",24}{"overlap P/R/F1",24}" };
        for (var r = 0; r < 3; r++)
        {
            lines.Add($"{Roles[r],-12}{Format(Exact(r)),24}{Format(Overlap(r)),24}");
        }

        lines.Add($"{"attribution",-12}{Format(Attribution),24}");
        return string.Join(Environment.NewLine, lines);
    }

    private static string Format((double P, double R, double F1) v) =>
        FormattableString.Invariant($"{v.P,5:F1} {v.R,5:F1} {v.F1,5:F1}");

    private static (double, double, double) Prf(double tpP, double p, double tpG, double g)
    {
        var pr = p > 0 ? tpP / p : 0;
        var rc = g > 0 ? tpG / g : 0;
        var f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
        return (100 * pr, 100 * rc, 100 * f);
    }
}
