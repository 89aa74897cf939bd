namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Accurate mode's two stages over one document: tag cue spans token by token, then for each cue tag its source and
/// content in the sentences around it. The result is the same <see cref="Draft"/> the rules produce, so nesting,
/// speaker resolution and chains are shared by both modes.
/// </summary>
internal sealed class ModelTagger(AttributionModel model)
{
    private const int CueLabels = 3;
    private const int RoleLabels = 5;

    public DocumentContext Context(TextDocument doc, float[] rawVectors, List<Draft> ruleDrafts)
    {
        model.Standardise(rawVectors);
        return new DocumentContext(doc, rawVectors, ruleDrafts, model.Priors);
    }

    public List<Draft> Tag(DocumentContext ctx) => [.. TagWithScores(ctx).Select(s => s.Draft)];

    /// <summary>Drafts with the stage scores their confidence was computed from (the trainer calibrates on these).</summary>
    public List<(Draft Draft, float[] Scores)> TagWithScores(DocumentContext ctx)
    {
        var doc = ctx.Doc;
        var n = doc.Tokens.Length;
        var result = new List<(Draft, float[])>();
        if (n == 0)
        {
            return result;
        }

        var cueProbabilities = CueProbabilities(ctx);
        var cues = BioDecoder.Spans(BioDecoder.Decode(cueProbabilities, n, CueLabels), 0);
        var x = new float[RoleFeatures.Width];
        var hidden = new float[model.Role.Hidden];
        foreach (var (cueFirst, cueLast) in cues)
        {
            var (first, last) = RoleFeatures.Window(doc, cueFirst, cueLast);
            var m = last - first + 1;
            var probabilities = new float[m * RoleLabels];
            var forced = new bool[m];
            var cueVector = RoleFeatures.CueVector(ctx, cueFirst, cueLast);
            var rule = ctx.RuleDraftFor(cueFirst, cueLast);
            for (var t = first; t <= last; t++)
            {
                var row = probabilities.AsSpan((t - first) * RoleLabels, RoleLabels);
                if (t >= cueFirst && t <= cueLast)
                {
                    forced[t - first] = true;
                    row[0] = 1;
                    continue;
                }

                RoleFeatures.Fill(ctx, cueFirst, cueLast, cueVector, rule, t, x);
                model.Role.Predict(x, hidden, row);
            }

            var path = BioDecoder.Decode(probabilities, m, RoleLabels, forced);
            var contents = BioDecoder.Spans(path, 1);
            if (contents.Count == 0)
            {
                continue;
            }

            var sources = BioDecoder.Spans(path, 0);
            var source = sources.Count == 0 ? ((int, int)?)null : sources.MaxBy(s => Mean(probabilities, s, 1));
            var draft = new Draft
            {
                CueFirst = cueFirst,
                CueLast = cueLast,
                Sentence = doc.SentenceOf[cueFirst],
            };
            if (source is var (sf, sl))
            {
                draft.SourceFirst = sf + first;
                draft.SourceLast = sl + first;
            }

            foreach (var (cf, cl) in contents)
            {
                draft.Content.Add((cf + first, cl + first));
            }

            if (rule >= 0)
            {
                draft.IsFrame = ctx.RuleDrafts[rule].IsFrame;
                draft.ImpliedSpeaker = source is null ? ctx.RuleDrafts[rule].ImpliedSpeaker : null;
            }

            var cueScore = 0f;
            for (var k = cueFirst; k <= cueLast; k++)
            {
                cueScore += 1 - cueProbabilities[k * CueLabels];
            }

            var contentTokens = contents.Sum(c => c.Last - c.First + 1);
            var scores = Calibrator.Features(
                cueScore / (cueLast - cueFirst + 1),
                source is { } s ? Mean(probabilities, s, 1) : 0,
                contents.Sum(c => Mean(probabilities, c, 3) * (c.Last - c.First + 1)) / contentTokens,
                source is not null,
                rule >= 0,
                contentTokens);
            draft.Confidence = model.Calibrator.Probability(scores);
            result.Add((draft, scores));
        }

        return result;
    }

    private float[] CueProbabilities(DocumentContext ctx)
    {
        var n = ctx.Doc.Tokens.Length;
        var probabilities = new float[n * CueLabels];
        var x = new float[CueFeatures.Width];
        var hidden = new float[model.Cue.Hidden];
        var outBias = MathF.Exp(model.CueBias);
        for (var t = 0; t < n; t++)
        {
            var row = probabilities.AsSpan(t * CueLabels, CueLabels);
            CueFeatures.Fill(ctx, t, x);
            model.Cue.Predict(x, hidden, row);
            row[0] *= outBias;
            var sum = row[0] + row[1] + row[2];
            row[0] /= sum;
            row[1] /= sum;
            row[2] /= sum;
        }

        return probabilities;
    }

    /// <summary>Mean probability of the B and I labels of a type (given by its B label) over a span.</summary>
    private static float Mean(float[] probabilities, (int First, int Last) span, int beginLabel)
    {
        var sum = 0f;
        for (var k = span.First; k <= span.Last; k++)
        {
            sum += probabilities[(k * RoleLabels) + beginLabel] + probabilities[(k * RoleLabels) + beginLabel + 1];
        }

        return sum / (span.Last - span.First + 1);
    }
}
