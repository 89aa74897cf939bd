using System.Globalization;

namespace NewsroomClaims.Domain.Extraction.Corpus;

/// <summary>
/// Reads a corpus in PolNeAR's brat layout (<c>text/NAME.txt</c>, <c>attributions/NAME_ANNOTATOR.ann</c>) the way the
/// shared scorer does: one annotator per document (the first file in name order), text read with universal newlines,
/// attributions that have neither content nor cue dropped. Agreeing with the scorer here is what makes the trainer
/// learn the spans the scorer counts.
/// </summary>
public static class BratCorpus
{
    public static IReadOnlyList<GoldDocument> Load(string dir, int? limit = null)
    {
        var textDir = Path.Combine(dir, "text");
        var annDir = Path.Combine(dir, "attributions");
        var anns = Directory.GetFiles(annDir, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var names = Directory.GetFiles(textDir, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Order(StringComparer.Ordinal).Take(limit ?? int.MaxValue);
        var docs = new List<GoldDocument>();
        foreach (var name in names)
        {
            var ann = anns.FirstOrDefault(a => a.StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            var text = ReadText(Path.Combine(textDir, name + ".txt"));
            var gold = ParseAnn(File.ReadAllLines(Path.Combine(annDir, ann)));
            docs.Add(new GoldDocument(name, text, ToUtf16(text, gold)));
        }

        return docs;
    }

    /// <summary>The scorer reads with Python's universal newlines, so "\r\n" and "\r" become "\n" for offsets to agree.</summary>
    public static string ReadText(string path) =>
        File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>brat offsets count code points (Python string indices); .NET strings index UTF-16 code units.</summary>
    private static IReadOnlyList<GoldAttribution> ToUtf16(string text, IReadOnlyList<GoldAttribution> gold)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return gold;
        }

        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        IReadOnlyList<(int, int)> Convert(IReadOnlyList<(int Start, int End)> spans) =>
            [.. spans.Select(s => (map[Math.Min(s.Start, map.Count - 1)], map[Math.Min(s.End, map.Count - 1)]))];
        return [.. gold.Select(a => new GoldAttribution(Convert(a.Source), Convert(a.Cue), Convert(a.Content)))];
    }

    public static IReadOnlyList<GoldAttribution> ParseAnn(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            if (parts[0].StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                if (head.Length < 2)
                {
                    continue;
                }

                var frags = new List<(int, int)>();
                foreach (var frag in head[1].Split(';'))
                {
                    var ab = frag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    frags.Add((int.Parse(ab[0], CultureInfo.InvariantCulture), int.Parse(ab[1], CultureInfo.InvariantCulture)));
                }

                spans[parts[0]] = frags;
            }
            else if (parts[0].StartsWith('E'))
            {
                events.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var args in events)
        {
            var roles = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal) { ["source"] = [], ["cue"] = [], ["content"] = [] };
            foreach (var arg in args)
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    continue;
                }

                var role = arg[..colon].TrimEnd("0123456789".ToCharArray()).ToLowerInvariant();
                if (roles.TryGetValue(role, out var list) && spans.TryGetValue(arg[(colon + 1)..], out var frags))
                {
                    list.AddRange(frags);
                }
            }

            if (roles["content"].Count > 0 || roles["cue"].Count > 0)
            {
                result.Add(new GoldAttribution(roles["source"], roles["cue"], roles["content"]));
            }
        }

        return result;
    }
}
