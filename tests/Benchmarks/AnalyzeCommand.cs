using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;

namespace NewsroomClaims.Benchmarks;

/// <summary>Scratch statistics over a gold corpus: how gold spans align with tokens and sentences.</summary>
internal static class AnalyzeCommand
{
    public static int Run(string dir)
    {
        var docs = BratCorpus.Load(dir);
        long spans = 0, misaligned = 0, srcSame = 0, srcAdj = 0, srcN = 0, conSame = 0, conAdj = 0, conN = 0;
        foreach (var g in docs)
        {
            var doc = new TextDocument(g.Text);
            int SentOfChar(int c)
            {
                var lo = 0; var hi = doc.Tokens.Length - 1;
                while (lo < hi) { var mid = (lo + hi + 1) / 2; if (doc.Tokens[mid].Start <= c) lo = mid; else hi = mid - 1; }
                return doc.SentenceOf[lo];
            }

            foreach (var a in g.Attributions)
            {
                foreach (var (s, e) in a.Source.Concat(a.Cue).Concat(a.Content))
                {
                    spans++;
                    var okStart = doc.Tokens.Any(t => t.Start == s) || char.IsWhiteSpace(g.Text[s]);
                    var okEnd = doc.Tokens.Any(t => t.End == e) || char.IsWhiteSpace(g.Text[e - 1]);
                    if (!okStart || !okEnd) misaligned++;
                }

                if (a.Cue.Count == 0) continue;
                var cs = SentOfChar(a.Cue[0].Start);
                foreach (var (s, e) in a.Source)
                {
                    srcN++;
                    var d = Math.Abs(SentOfChar(s) - cs);
                    if (d == 0) srcSame++; else if (d == 1) srcAdj++;
                }

                foreach (var (s, e) in a.Content)
                {
                    conN++;
                    var d1 = SentOfChar(s) - cs; var d2 = SentOfChar(e - 1) - cs;
                    if (d1 == 0 && d2 == 0) conSame++; else if (d1 >= -1 && d2 <= 1) conAdj++;
                }
            }
        }

        Console.WriteLine($"docs {docs.Count} spans {spans} misaligned {misaligned}");
        Console.WriteLine($"source: {srcN} same sentence {srcSame} adjacent {srcAdj}");
        Console.WriteLine($"content: {conN} same sentence {conSame} within +-1 {conAdj}");
        return 0;
    }
}
