namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// "In a Quinnipiac poll released Monday, 50 percent ..." — a survey or study introduced by "in" acts as
/// the source (interviews and statements are not: there a speaker and "said" usually follow), "in" is the cue, and the rest of the sentence is what it shows.
/// </summary>
internal static class EvidencePattern
{
    private const int MaxSourceTokens = 16;

    public static void MatchAll(TextDocument doc, int sentence, bool[] usedCue, List<Draft> drafts)
    {
        var (first, last) = doc.Sentences[sentence];
        var k = first;
        while (k < last && doc.IsWord(k) && WordSets.ClauseOpeners.Contains(doc.Span(k)))
        {
            k++;
        }

        if (!doc.Is(k, "in") || usedCue[k])
        {
            return;
        }

        var comma = -1;
        var evidence = false;
        for (var j = k + 1; j <= last && j <= k + MaxSourceTokens; j++)
        {
            if (doc.IsPunct(j, ','))
            {
                comma = j;
                break;
            }

            evidence |= doc.IsWord(j) && IsEvidenceNoun(doc.Span(j));
        }

        if (comma < 0 || !evidence || comma + 1 > last)
        {
            return;
        }

        var end = ContentBounds.End(doc, comma + 1, last);
        if (end <= comma + 1)
        {
            return;
        }

        var draft = new Draft { SourceFirst = k + 1, SourceLast = comma - 1, CueFirst = k, CueLast = k, Sentence = sentence, Confidence = 0.6 };
        draft.Content.Add((comma + 1, end));
        usedCue[k] = true;
        drafts.Add(draft);
    }

    private static bool IsEvidenceNoun(ReadOnlySpan<char> w) =>
        w.Equals("poll", StringComparison.OrdinalIgnoreCase) || w.Equals("survey", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("study", StringComparison.OrdinalIgnoreCase) || w.Equals("report", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("words", StringComparison.OrdinalIgnoreCase) || w.Equals("view", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("opinion", StringComparison.OrdinalIgnoreCase) || w.Equals("ruling", StringComparison.OrdinalIgnoreCase);
}
