using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Benchmarks;

/// <summary>Scratch: what each mode and the rules' drafts say about a text file.</summary>
internal static class SeedCommand
{
    public static int Run(string[] args)
    {
        var text = File.ReadAllText(args[1]);
        AttributionModel model;
        using (var f = File.OpenRead(args[2]))
        {
            model = AttributionModel.Load(f);
        }

        using var encoder = new MiniLmEncoder(model.Layers);
        var tagger = new ModelTagger(model);
        var doc = new TextDocument(text);
        var ctx = tagger.Context(doc, encoder.Encode(doc), AttributionExtractor.FindDrafts(doc));
        foreach (var t in tagger.TagWithScores(ctx))
        {
            var d = t.Draft;
            string S(int a, int b) => a < 0 ? "" : text[doc.Tokens[a].Start..doc.Tokens[b].End];
            Console.WriteLine($"{(t.FromModel ? "model" : t.Kept ? "kept " : "rule ")} {d.Confidence:F2} src=[{S(d.SourceFirst, d.SourceLast)}] cue=[{S(d.CueFirst, d.CueLast)}] content=[{string.Join(" | ", d.Content.Select(c => S(c.First, c.Last)))}]");
        }

        foreach (var d in ctx.RuleDrafts)
        {
            Console.WriteLine($"rule draft {d.RuleId}: src={d.SourceFirst} cue=[{text[doc.Tokens[d.CueFirst].Start..doc.Tokens[d.CueLast].End]}] content={string.Join(",", d.Content.Select(c => text[doc.Tokens[c.First].Start..doc.Tokens[c.Last].End]))}");
        }

        return 0;
    }
}

internal static class SeedChainCommand
{
    public static int Run(string[] args)
    {
        var text = File.ReadAllText(args[1]);
        AttributionModel model;
        using (var f = File.OpenRead(args[2]))
        {
            model = AttributionModel.Load(f);
        }

        using var encoder = new MiniLmEncoder(model.Layers);
        var extractor = new AttributionExtractor(model, encoder);
        var result = extractor.Extract(text, new ExtractionOptions(Publisher: "MENAFN"));
        foreach (var a in result.Attributions)
        {
            Console.WriteLine($"{a.Id} by={a.ReportedBy} cue={string.Join("|", a.Cue.Select(c => c.Text))} chain={string.Join(" > ", result.ChainOf(a).Select(s => s.Name))}");
        }

        return 0;
    }
}
