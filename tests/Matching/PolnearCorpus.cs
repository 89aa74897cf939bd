using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsroomClaims.Matching;

/// <summary>One gold attribution: its article, who said it (as a key shared across articles) and what was said.</summary>
/// <param name="QuotedRuns">Every run of <see cref="PolnearCorpus.RunLength"/> words of the content that the article has inside quotation marks, joined by spaces.</param>
internal sealed record Attribution(int Index, string Split, string Article, string? Speaker, string Content, IReadOnlySet<string> QuotedRuns);

/// <summary>
/// Reads PolNeAR's brat standoff (<c>text/NAME.txt</c>, <c>attributions/NAME_ANNOTATOR.ann</c>, the first annotator's
/// file per article, as the shared scorer does) from the shared folder at run time; nothing of the corpus is copied
/// into the repository. Speakers carry no identifier across articles, so each source gets a key (see <see cref="SpeakerKeys"/>).
/// </summary>
internal static partial class PolnearCorpus
{
    /// <summary>Positives share a quoted run of at least this many words.</summary>
    public const int RunLength = 6;

    public static List<Attribution> Load(string root, params string[] splits)
    {
        var result = new List<Attribution>();
        foreach (var split in splits)
        {
            var dir = Path.Combine(root, split);
            var anns = Directory.GetFiles(Path.Combine(dir, "attributions"), "*.ann").Select(Path.GetFileName).OfType<string>()
                .Order(StringComparer.Ordinal).ToList();
            foreach (var textFile in Directory.GetFiles(Path.Combine(dir, "text"), "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(textFile);
                var ann = anns.FirstOrDefault(a => a.StartsWith(name + "_", StringComparison.Ordinal));
                if (ann is null)
                {
                    continue;
                }

                var text = File.ReadAllText(textFile).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
                var offsets = CodePointOffsets(text);
                var quoted = QuotedMask(text);
                var found = new List<(int Start, string Source, string Content, HashSet<string> Runs)>();
                foreach (var (source, content) in Parse(File.ReadAllLines(Path.Combine(dir, "attributions", ann))))
                {
                    if (content.Count == 0)
                    {
                        continue;
                    }

                    string Cut(List<(int Start, int End)> spans) =>
                        string.Join(" ", spans.OrderBy(s => s.Start).Select(s => text[offsets(s.Start)..offsets(s.End)]));
                    var runs = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var (start, end) in content)
                    {
                        AddQuotedRuns(text, quoted, offsets(start), offsets(end), runs);
                    }

                    found.Add((content.Min(s => s.Start), Cut(source), Cut(content), runs));
                }

                var keys = SpeakerKeys.Resolve(text, found.OrderBy(f => f.Start).Select(f => f.Source).ToList());
                foreach (var ((_, _, content, runs), key) in found.OrderBy(f => f.Start).Zip(keys))
                {
                    result.Add(new Attribution(result.Count, split, name, key, content.Trim(), runs));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Which characters of the article stand inside quotation marks: curly quotes open and close; a straight quote
    /// toggles and a paragraph ends it (a quote running on opens again in the next paragraph). Taken from the article,
    /// not the content span, because a direct quote's span often leaves its quotation marks out.
    /// </summary>
    private static bool[] QuotedMask(string text)
    {
        var mask = new bool[text.Length];
        var inCurly = false;
        var inStraight = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    inCurly = true;
                    break;
                case '”':
                    inCurly = false;
                    break;
                case '"':
                    inStraight = !inStraight;
                    break;
                case '\n':
                    inStraight = false;
                    break;
                default:
                    mask[i] = inCurly || inStraight;
                    break;
            }
        }

        return mask;
    }

    /// <summary>Runs of quoted consecutive words in text[start..end).</summary>
    private static void AddQuotedRuns(string text, bool[] quoted, int start, int end, HashSet<string> runs)
    {
        var window = new List<string>();
        foreach (Match word in WordPattern().Matches(text[start..end]))
        {
            var at = start + word.Index;
            if (!quoted[at] || !quoted[at + word.Length - 1])
            {
                window.Clear();
                continue;
            }

            window.Add(word.Value.Replace('’', '\'').ToLowerInvariant());
            if (window.Count >= RunLength)
            {
                runs.Add(string.Join(' ', window.Skip(window.Count - RunLength)));
            }
        }
    }

    /// <summary>brat offsets count code points (Python indices); .NET strings count UTF-16 units.</summary>
    private static Func<int, int> CodePointOffsets(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return i => Math.Min(i, text.Length);
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
        return i => map[Math.Min(i, map.Count - 1)];
    }

    private static IEnumerable<(List<(int Start, int End)> Source, List<(int Start, int End)> Content)> Parse(string[] lines)
    {
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var parts in lines.Select(l => l.Split('\t')).Where(p => p.Length >= 2))
        {
            if (parts[0].StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                if (head.Length == 2)
                {
                    spans[parts[0]] = [.. head[1].Split(';').Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        .Select(ab => (int.Parse(ab[0], CultureInfo.InvariantCulture), int.Parse(ab[1], CultureInfo.InvariantCulture)))];
                }
            }
            else if (parts[0].StartsWith('E'))
            {
                events.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        foreach (var args in events)
        {
            var source = new List<(int, int)>();
            var content = new List<(int, int)>();
            foreach (var arg in args)
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var frags))
                {
                    continue;
                }

                var role = arg[..colon].TrimEnd("0123456789".ToCharArray());
                if (role == "Source")
                {
                    source.AddRange(frags);
                }
                else if (role == "Content")
                {
                    content.AddRange(frags);
                }
            }

            yield return (source, content);
        }
    }

    /// <summary>Lower-case words (letters and digits), curly apostrophes made straight.</summary>
    public static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.Replace('’', '\'').ToLowerInvariant()).Select(m => m.Value)];

    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        return new string([.. normalized.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();
}
