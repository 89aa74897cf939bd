using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Domain.Tests.Extraction;

/// <summary>Helpers that make attribution tests read like the sentence they check.</summary>
internal static class ExtractionAssertions
{
    public static ExtractionResult Run(string text, ExtractionOptions? options = null)
    {
        var result = new AttributionExtractor().Extract(text, options);
        foreach (var a in result.Attributions)
        {
            foreach (var span in a.Source.Concat(a.Cue).Concat(a.Content))
            {
                Assert.Equal(span.Text, text.Substring(span.Start, span.End - span.Start));
            }
        }

        return result;
    }

    public static ExtractedAttribution WithCue(this ExtractionResult result, string cue) =>
        result.Attributions.SingleOrDefault(a => a.Cue.Any(c => c.Text == cue))
        ?? throw new Xunit.Sdk.XunitException($"No attribution with cue '{cue}'. Found: {Describe(result)}");

    public static string SourceText(this ExtractedAttribution a) => string.Join(" | ", a.Source.Select(s => s.Text));

    public static string ContentText(this ExtractedAttribution a) => string.Join(" | ", a.Content.Select(s => s.Text));

    public static string Describe(ExtractionResult result) =>
        string.Join("; ", result.Attributions.Select(a => $"[{a.Id} src='{a.SourceText()}' cue='{string.Join("|", a.Cue.Select(c => c.Text))}' content='{a.ContentText()}' by={a.ReportedBy}]"));
}
