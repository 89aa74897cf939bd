namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Rule-based attribution extraction following the PolNeAR guidelines. Stateless: every call builds its own
/// <see cref="TextDocument"/>, so one instance can serve concurrent requests. Each pass is a single sweep over
/// sentences with bounded look-around, so run time grows linearly with the text.
/// </summary>
public sealed class AttributionExtractor
{
    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ExtractionOptions();
        var gazetteer = options.Gazetteer ?? Gazetteer.Empty;
        var doc = new TextDocument(text);
        var drafts = FindDrafts(doc);
        NestingResolver.Resolve(doc, drafts, new SpeakerResolver(doc, gazetteer));
        return ResultBuilder.Build(doc, drafts, gazetteer, options);
    }

    private static List<Draft> FindDrafts(TextDocument doc)
    {
        var drafts = new List<Draft>();
        var usedCue = new bool[doc.Tokens.Length];
        var paragraph = 0;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var (first, _) = doc.Sentences[s];
            var fromHere = drafts.Count;
            if (doc.Tokens[first].ParagraphStart)
            {
                while (paragraph < doc.Paragraphs.Count && doc.Paragraphs[paragraph].Last < first)
                {
                    paragraph++;
                }

                if (TranscriptPattern.Match(doc, paragraph, s) is { } transcript)
                {
                    drafts.Add(transcript);
                    for (var k = transcript.SourceFirst; k <= transcript.CueLast; k++)
                    {
                        usedCue[k] = true;
                    }
                }
            }

            AccordingToPattern.MatchAll(doc, s, usedCue, drafts);
            EvidencePattern.MatchAll(doc, s, usedCue, drafts);
            if (TrailingCuePattern.Match(doc, s, usedCue) is { } trailing)
            {
                drafts.Add(trailing);
            }

            LeadingCuePattern.MatchAll(doc, s, usedCue, drafts, fromHere);
            ColonQuotePattern.MatchAll(doc, s, usedCue, drafts);
            AdverbCuePattern.MatchAll(doc, s, usedCue, drafts);
            AskedPattern.MatchAll(doc, s, usedCue, drafts);
            NounCuePattern.MatchAll(doc, s, usedCue, drafts);
        }

        return drafts;
    }
}
