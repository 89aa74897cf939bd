using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Links each attribution to the one reporting it: the innermost attribution whose content contains its cue,
/// or else a paragraph frame ("According to Bloomberg, ..." / "Bloomberg reports that ...") earlier in the
/// same paragraph. Ordering and de-duplication happen here too, so Ids follow text order.
/// </summary>
internal static class NestingResolver
{
    // A chain link is only as good as the attribution it rests on: below even odds (accurate mode's calibrated
    // confidence; every rule scores 0.6 or more) the reporter is more likely a misreading ("Zelensky's rejection,
    // prompting Trump to warn that ..." read as Zelensky prompting a statement) than a real hop, so the inner
    // attribution stands on its own rather than inherit a wrong chain.
    private const double MinReporterConfidence = 0.5;

    public static void Resolve(TextDocument doc, List<Draft> drafts, SpeakerResolver speakers)
    {
        drafts.Sort((a, b) => Start(a).CompareTo(Start(b)) is var c && c != 0 ? c : a.CueFirst.CompareTo(b.CueFirst));
        RemoveCuesInsideSources(drafts);

        // Paint each token with the draft of smallest content covering it, among drafts sure enough to report another
        // (see MinReporterConfidence); larger contents are painted first so
        // inner ones overwrite them. Total work is the summed content length, which nesting depth keeps small.
        var owner = new int[doc.Tokens.Length];
        Array.Fill(owner, -1);
        var order = Enumerable.Range(0, drafts.Count).Where(i => drafts[i].Confidence >= MinReporterConfidence)
            .OrderByDescending(i => ContentLength(drafts[i])).ToArray();
        foreach (var i in order)
        {
            foreach (var (f, l) in drafts[i].Content)
            {
                for (var k = f; k <= l; k++)
                {
                    owner[k] = i;
                }
            }
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var o = owner[drafts[i].CueFirst];
            if (o >= 0 && o != i && !Contains(drafts[i], drafts[o].CueFirst))
            {
                drafts[i].ReportedBy = o;
            }
        }

        ApplyFrames(doc, drafts, speakers);
    }

    // A frame governs the later top-level attributions of its paragraph whose speaker is anonymous, unnamed or a
    // pronoun. A frame in the article's lead sentence ("(Wire) According to Bloomberg, ...") is how wire stories
    // credit the outlet they rewrite, so it carries on across paragraphs. Either kind ends where a named person,
    // government or another outlet speaks for itself ("Russia also insists", "Axios reported"), because from
    // there on the article quotes that speaker directly. PolNeAR cannot confirm the cross-paragraph part: its
    // nesting lives in content spans, which never cross a paragraph, and the scorer does not score nesting.
    private static void ApplyFrames(TextDocument doc, List<Draft> drafts, SpeakerResolver speakers)
    {
        var frame = -1;
        var frameParagraphStart = -1;
        var isLead = false;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var paragraphStart = ParagraphStartOf(doc, d.CueFirst);
            if (frame >= 0 && !isLead && paragraphStart != frameParagraphStart)
            {
                frame = -1;
            }

            if (frame >= 0 && d.Sentence > drafts[frame].Sentence && d.ReportedBy < 0 && !d.IsFrame)
            {
                if (IsNamed(doc, d, speakers))
                {
                    frame = -1;
                }
                else
                {
                    d.ReportedBy = frame;
                }
            }

            if (d.IsFrame && d.ReportedBy < 0)
            {
                frame = i;
                frameParagraphStart = paragraphStart;
                isLead = d.Sentence == 0;
            }
        }
    }

    private static bool IsNamed(TextDocument doc, Draft d, SpeakerResolver speakers)
    {
        if (!d.HasSource || (d.SourceFirst == d.SourceLast && WordSets.SubjectPronouns.Contains(doc.Span(d.SourceFirst))))
        {
            return false;
        }

        var speaker = speakers.Resolve(d.SourceFirst, d.SourceLast);
        return speaker is { IsAnonymous: false } && (speaker.ActorId is not null || (speaker.Name.Length > 1 && char.IsUpper(speaker.Name[0])));
    }

    private static int ParagraphStartOf(TextDocument doc, int token)
    {
        var s = doc.SentenceOf[token];
        var guard = 0;
        while (s > 0 && !doc.Tokens[doc.Sentences[s].First].ParagraphStart && guard++ < 200)
        {
            s--;
        }

        return doc.Sentences[s].First;
    }

    private static void RemoveCuesInsideSources(List<Draft> drafts)
    {
        var cues = new HashSet<int>();
        drafts.RemoveAll(d => !cues.Add(d.CueFirst));
        var sources = drafts.Where(d => d.HasSource).Select(d => (d.SourceFirst, d.SourceLast)).ToList();
        sources.Sort();
        drafts.RemoveAll(d =>
        {
            var idx = sources.BinarySearch((d.CueFirst, int.MaxValue));
            idx = idx < 0 ? ~idx - 1 : idx;
            for (var j = idx; j >= 0 && j > idx - 3; j--)
            {
                if (sources[j].SourceFirst <= d.CueFirst && d.CueFirst <= sources[j].SourceLast)
                {
                    return true;
                }
            }

            return false;
        });
    }

    private static bool Contains(Draft d, int token) => d.Content.Any(r => r.First <= token && token <= r.Last);

    private static int ContentLength(Draft d) => d.Content.Sum(r => r.Last - r.First + 1);

    private static int Start(Draft d)
    {
        var s = Math.Min(d.CueFirst, d.Content.Count > 0 ? d.Content[0].First : int.MaxValue);
        return d.HasSource ? Math.Min(s, d.SourceFirst) : s;
    }
}
