using System.Globalization;
using System.Text;

namespace NewsroomClaims.Domain.Tests.Learning;

/// <summary>
/// A small brat corpus written by the test itself (never corpus text): short wire paragraphs in the two commonest
/// shapes, "X said that ..." and "“...,” X said.", annotated as PolNeAR annotates them.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Speakers = ["Maria Lopez", "The ministry", "A spokesman", "Tom Reed", "The governor", "Ana Silva"];
    private static readonly string[] Cues = ["said", "argued", "claimed", "insisted"];
    private static readonly string[] Contents =
    [
        "the budget is balanced", "the bridge will reopen in May", "taxes must not rise", "the talks had failed",
        "the harbour needs dredging", "nobody was hurt in the fire", "the school will stay open", "prices fell last year",
    ];

    public static string Write(string dir, int documents)
    {
        Directory.CreateDirectory(Path.Combine(dir, "text"));
        Directory.CreateDirectory(Path.Combine(dir, "attributions"));
        for (var d = 0; d < documents; d++)
        {
            var text = new StringBuilder();
            var ann = new StringBuilder();
            var t = 0;
            var e = 0;
            for (var p = 0; p < 6; p++)
            {
                var speaker = Speakers[(d + p) % Speakers.Length];
                var cue = Cues[(d * 3 + p) % Cues.Length];
                var content = Contents[(d * 5 + p) % Contents.Length];
                var quoted = ((d * 7) + (p * 3)) % 5 < 2;
                int s0, c0, k0;
                string contentSpan;
                if (quoted)
                {
                    contentSpan = $"“{char.ToUpperInvariant(content[0])}{content[1..]},”";
                    k0 = text.Length;
                    text.Append(contentSpan).Append(' ');
                    s0 = text.Length;
                    text.Append(speaker).Append(' ');
                    c0 = text.Length;
                    text.Append(cue).Append(".\n\n");
                }
                else
                {
                    s0 = text.Length;
                    text.Append(speaker).Append(' ');
                    c0 = text.Length;
                    text.Append(cue).Append(' ');
                    k0 = text.Length;
                    contentSpan = "that " + content;
                    text.Append(contentSpan).Append(".\n\n");
                }

                var source = ++t;
                ann.Append(CultureInfo.InvariantCulture, $"T{source}\tSource {s0} {s0 + speaker.Length}\t{speaker}\n");
                var cueId = ++t;
                ann.Append(CultureInfo.InvariantCulture, $"T{cueId}\tCue {c0} {c0 + cue.Length}\t{cue}\n");
                var contentId = ++t;
                ann.Append(CultureInfo.InvariantCulture, $"T{contentId}\tContent {k0} {k0 + contentSpan.Length}\t{contentSpan}\n");
                ann.Append(CultureInfo.InvariantCulture, $"E{++e}\tAttribution:T{cueId} Content:T{contentId} Cue:T{cueId} Source:T{source}\n");
            }

            var name = $"doc{d:D2}";
            File.WriteAllText(Path.Combine(dir, "text", name + ".txt"), text.ToString());
            File.WriteAllText(Path.Combine(dir, "attributions", name + "_test.ann"), ann.ToString());
        }

        return dir;
    }
}
