using System.Text;

namespace NewsroomClaims.Benchmarks;

/// <summary>Invented news-like paragraphs repeated to one megabyte, with quotes, nesting and pronouns.</summary>
internal static class SyntheticText
{
    private static readonly string[] Paragraphs =
    [
        "According to the Daily Ledger, Mayor Anna Ortiz met with union leaders on Tuesday. Sources familiar with the meeting said Ortiz insisted that the budget \"cannot grow\" this year.",
        "\"We are not going anywhere,\" said Paul Grant, a spokesman for the union. \"The members have spoken.\"",
        "Grant added that the strike could last weeks, and he warned that schools might \"close for good\" if talks fail.",
        "ORTIZ: We will keep talking as long as it takes. Nobody wants a strike.",
        "Officials say the city has reserves, but analysts believe those funds are committed elsewhere, according to a report from the Civic Trust.",
        "The council voted 7-2 on the measure. It now goes to the governor, who has not said whether she will sign it. 🚀 مرحبا",
    ];

    public static string OneMegabyte()
    {
        var sb = new StringBuilder(1 << 20);
        var i = 0;
        while (sb.Length < 1_000_000)
        {
            sb.Append(Paragraphs[i++ % Paragraphs.Length]).Append("\n\n");
        }

        return sb.ToString();
    }
}
