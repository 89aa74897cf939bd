using System.Text.RegularExpressions;

namespace NewsroomClaims.Domain.Matching;

/// <summary>
/// The sentences of a claim's content, for matching part of a statement: a newsroom often quotes one sentence of a
/// longer passage another outlet quoted whole, and the passage's single embedding says less about that sentence than
/// the sentence's own does. Sentences shorter than <see cref="MinWords"/> words are joined to the next.
/// </summary>
public static partial class Sentences
{
    public const int MinWords = 4;

    /// <summary>At most this many sentences of a long content are embedded on their own.</summary>
    public const int MaxParts = 8;

    /// <summary>What a claim is embedded as: its whole content, then its sentences when it has several.</summary>
    public static IReadOnlyList<string> Parts(string content) => [content, .. Of(content)];

    /// <summary>The content's sentences when it has two or more, else none (the whole content is its one part).</summary>
    public static IReadOnlyList<string> Of(string content)
    {
        var parts = new List<string>();
        var pending = "";
        foreach (var piece in Boundary().Split(content.Trim()))
        {
            var sentence = (pending + " " + piece).Trim();
            if (Word().Count(sentence) < MinWords)
            {
                pending = sentence;
                continue;
            }

            parts.Add(sentence);
            pending = "";
        }

        if (pending.Length > 0 && parts.Count > 0)
        {
            parts[^1] += " " + pending;
        }

        return parts.Count < 2 ? [] : parts.Take(MaxParts).ToList();
    }

    // After a full stop, question or exclamation mark (and any closing quote), or between a closing and an opening
    // quote ("..." "..."): where reporters join two quoted pieces.
    [GeneratedRegex(@"(?<=[.!?…][""”’']?)\s+(?=[""“‘']?\p{Lu})|(?<=[""”])[,]?\s+(?=[""“])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
