using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>Turns token-level drafts into the public records: spans with text, ids, kinds, speakers, suggestions.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(TextDocument doc, List<Draft> drafts, Gazetteer gazetteer, ExtractionOptions options)
    {
        var resolver = new SpeakerResolver(doc, gazetteer);
        var attributions = new List<ExtractedAttribution>(drafts.Count);
        var suggestions = new Dictionary<string, ActorSuggestion>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var speaker = resolver.Resolve(d.SourceFirst, d.SourceLast) ?? (d.ImpliedSpeaker is { } implied ? new ExtractedSpeaker(implied, null, true) : null);
            if (speaker is { ActorId: null, IsAnonymous: false } && LooksLikeName(speaker.Name))
            {
                var key = NameKey.Of(speaker.Name);
                suggestions.TryAdd(key, new ActorSuggestion(speaker.Name, ActorKindGuesser.Guess(speaker.Name)));
            }

            attributions.Add(new ExtractedAttribution(
                Id(i),
                KindOf(doc, d),
                d.HasSource ? [Span(doc, d.SourceFirst, d.SourceLast)] : [],
                [Span(doc, d.CueFirst, d.CueLast)],
                [.. d.Content.Select(r => Span(doc, r.First, r.Last))],
                speaker,
                d.ReportedBy >= 0 ? Id(d.ReportedBy) : null,
                d.Confidence));
        }

        var publisherActor = options.Publisher is { } p ? gazetteer.Resolve(p) : null;
        return new ExtractionResult(attributions, [.. suggestions.Values])
        {
            Publisher = options.Publisher,
            PublisherActorId = publisherActor?.ActorId,
        };
    }

    private static string Id(int index) => "a" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SpanText Span(TextDocument doc, int first, int last)
    {
        var start = doc.Tokens[first].Start;
        var end = doc.Tokens[last].End;
        return new SpanText(start, end, doc.Text[start..end]);
    }

    // Verbatim when every content piece is a whole quotation; mixed when quotation marks appear inside.
    private static ClaimKind KindOf(TextDocument doc, Draft d)
    {
        if (d.CueFirst == d.CueLast && doc.IsPunct(d.CueFirst, ':') && d.SourceFirst >= 0 && d.SourceFirst < d.CueFirst)
        {
            return ClaimKind.Direct;
        }

        var whole = d.Content.All(r => doc.IsOpeningQuote(r.First) && doc.Quotes[doc.QuoteOf[r.First]].Last == r.Last);
        if (whole)
        {
            return ClaimKind.Direct;
        }

        foreach (var (f, l) in d.Content)
        {
            for (var k = f; k <= l; k++)
            {
                if (doc.QuoteOf[k] >= 0)
                {
                    return ClaimKind.Mixed;
                }
            }
        }

        return ClaimKind.Indirect;
    }

    private static bool LooksLikeName(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !WordSets.SubjectPronouns.Contains(name);
}
