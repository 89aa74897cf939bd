namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Accurate mode's two stages over one document: tag cue spans token by token, then for each cue tag its source and
/// content in the sentences around it. The result is the same <see cref="Draft"/> the rules produce, so nesting,
/// speaker resolution and chains are shared by both modes.
/// </summary>
/// <summary>A candidate and the scores behind its confidence. <see cref="Kept"/>: a rule shape accurate mode always keeps.</summary>
internal sealed record TaggedDraft(Draft Draft, float[] Scores, bool FromModel, bool Kept = false);

internal sealed class ModelTagger(AttributionModel model)
{
    private static readonly int CueLabels = Bilou.Labels(1);
    private static readonly int RoleLabels = Bilou.Labels(2);
    private const int SourceType = 0;
    private const int ContentType = 1;

    public DocumentContext Context(TextDocument doc, float[] rawVectors, List<Draft> ruleDrafts)
    {
        model.Standardise(rawVectors);
        return new DocumentContext(doc, rawVectors, ruleDrafts, model.Priors);
    }

    /// <summary>
    /// The drafts accurate mode keeps: every attribution read from a cue the cue stage found, and those read from a cue
    /// only the rules proposed when the model is confident about them (the rules know rare shapes the cue stage misses,
    /// "what it called a “final offer”", but taken wholesale they cost more precision than they add recall).
    /// </summary>
    public List<Draft> Tag(DocumentContext ctx) =>
        [.. TagWithScores(ctx).Where(t => t.FromModel || t.Draft.Confidence >= model.RuleOnlyMinConfidence || t.Kept).Select(t => t.Draft)];

    /// <summary>Every candidate with the stage scores its confidence was computed from (the trainer tunes and calibrates on these).</summary>
    public List<TaggedDraft> TagWithScores(DocumentContext ctx)
    {
        var doc = ctx.Doc;
        var n = doc.Tokens.Length;
        var result = new List<TaggedDraft>();
        if (n == 0)
        {
            return result;
        }

        var cueProbabilities = CueProbabilities(ctx);
        var cues = Bilou.Spans(Bilou.Decode(cueProbabilities, n, 1), 0);
        var modelCues = cues.Count;
        cues.AddRange(RuleOnlyCues(ctx, cues));
        var net = model.Role;
        var hidden = new float[net.Hidden];
        var pre = new float[net.Hidden];
        var product = new float[MiniLmEncoder.Dimensions];
        var extra = new float[RoleFeatures.Extra];
        var tokenPart = new float[n][];
        for (var index = 0; index < cues.Count; index++)
        {
            var (cueFirst, cueLast) = cues[index];
            var (first, last) = RoleFeatures.Window(doc, cueFirst, cueLast);
            var m = last - first + 1;
            var probabilities = new float[m * RoleLabels];
            var cueVector = RoleFeatures.CueVector(ctx, cueFirst, cueLast);
            var rule = ctx.RuleDraftFor(cueFirst, cueLast);
            var cuePart = new float[net.Hidden];
            net.AccumulateSlice(cueVector, RoleFeatures.CueOffset, cuePart);
            for (var t = first; t <= last; t++)
            {
                var row = probabilities.AsSpan((t - first) * RoleLabels, RoleLabels);
                if (t >= cueFirst && t <= cueLast)
                {
                    row[0] = 1;
                    continue;
                }

                // The same sum as RoleFeatures.Fill would feed the network, with the token's share computed once per
                // document and the cue's once per cue: a third of the work of filling every row in full.
                tokenPart[t] ??= TokenPart(ctx, net, t);
                System.Numerics.Tensors.TensorPrimitives.Add(tokenPart[t], cuePart, pre);
                System.Numerics.Tensors.TensorPrimitives.Multiply(ctx.Vector(t), cueVector, product);
                net.AccumulateSlice(product, RoleFeatures.ProductOffset, pre);
                RoleFeatures.FillExtra(ctx, cueFirst, cueLast, rule, t, extra);
                net.AccumulateSlice(extra, RoleFeatures.ExtraOffset, pre);
                net.PredictFromPreActivation(pre, hidden, row);
            }

            var forced = new bool[m];
            for (var k = cueFirst; k <= cueLast; k++)
            {
                forced[k - first] = true;
            }

            // Viterbi over the whole window: each token's label competes with every other label, not only with O,
            // which on held-out documents put content boundaries right far more often than scoring spans one by one.
            var path = Bilou.Decode(probabilities, m, 2, forced);
            var sources = Bilou.Spans(path, SourceType);
            (int First, int Last)? source = sources.Count == 0 ? null : sources.MaxBy(span => Mean(probabilities, span, SourceType));
            var contents = Bilou.Spans(path, ContentType).Where(c => HasWord(doc, c.First + first, c.Last + first)).ToList();
            if (contents.Count == 0)
            {
                continue;
            }
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
                source is { } s ? Mean(probabilities, s, SourceType) : 0,
                contents.Sum(c => Mean(probabilities, c, ContentType) * (c.Last - c.First + 1)) / contentTokens,
                source is not null,
                rule >= 0,
                contentTokens,
                index < modelCues);
            draft.Confidence = model.Calibrator.Probability(scores);
            if (index >= modelCues && rule >= 0 && NamedQuote(doc, ctx.RuleDrafts[rule]) is { } quote)
            {
                // The rules' source and cue with the quoted name as the content, and the model's view of how likely
                // PolNeAR would count it as the confidence.
                var named = ctx.RuleDrafts[rule];
                var kept = new Draft
                {
                    SourceFirst = named.SourceFirst,
                    SourceLast = named.SourceLast,
                    CueFirst = named.CueFirst,
                    CueLast = named.CueLast,
                    Sentence = named.Sentence,
                    Confidence = draft.Confidence,
                    RuleId = named.RuleId,
                };
                kept.Content.Add(quote);
                result.Add(new TaggedDraft(kept, scores, FromModel: false, Kept: true));
                continue;
            }

            result.Add(new TaggedDraft(draft, scores, index < modelCues));
        }

        return result;
    }

    /// <summary>
    /// "what it called a “final offer”": a naming verb after "what" and its subject, followed within a few words by a
    /// quotation; the quotation (marks included) is what was said.
    /// </summary>
    private static (int First, int Last)? NamedQuote(TextDocument doc, Draft rule)
    {
        if (!rule.HasSource || !doc.Is(rule.SourceFirst - 1, "what") || !NamingVerbs.Contains(doc.Span(rule.CueFirst)))
        {
            return null;
        }

        for (var k = rule.CueLast + 1; k < Math.Min(doc.Tokens.Length, rule.CueLast + 4); k++)
        {
            if (doc.IsOpeningQuote(k))
            {
                return (k, doc.Quotes[doc.QuoteOf[k]].Last);
            }
        }

        return null;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamingVerbs =
        Rules.RuleData.WordSet("cues.txt", "naming-verbs");

    /// <summary>Cues of rule drafts that share no token with a cue the cue stage found.</summary>
    private static IEnumerable<(int First, int Last)> RuleOnlyCues(DocumentContext ctx, List<(int First, int Last)> modelCues)
    {
        var taken = new bool[ctx.Doc.Tokens.Length];
        foreach (var (f, l) in modelCues)
        {
            Array.Fill(taken, true, f, l - f + 1);
        }

        foreach (var d in ctx.RuleDrafts)
        {
            if (!taken.AsSpan(d.CueFirst, d.CueLast - d.CueFirst + 1).Contains(true))
            {
                Array.Fill(taken, true, d.CueFirst, d.CueLast - d.CueFirst + 1);
                yield return (d.CueFirst, d.CueLast);
            }
        }
    }

    /// <summary>A content piece of nothing but punctuation (a stray quote mark) is noise, not content.</summary>
    private static bool HasWord(TextDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private static float[] TokenPart(DocumentContext ctx, Mlp net, int t)
    {
        var part = new float[net.Hidden];
        net.AccumulateSlice(ctx.Neighbour(t - 1), 0, part);
        net.AccumulateSlice(ctx.Vector(t), MiniLmEncoder.Dimensions, part);
        net.AccumulateSlice(ctx.Neighbour(t + 1), 2 * MiniLmEncoder.Dimensions, part);
        return part;
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
            var sum = System.Numerics.Tensors.TensorPrimitives.Sum(row);
            System.Numerics.Tensors.TensorPrimitives.Divide(row, sum, row);
        }

        return probabilities;
    }

    /// <summary>Mean probability that a span's tokens carry some label of its type.</summary>
    private static float Mean(float[] probabilities, (int First, int Last) span, int type)
    {
        var sum = 0f;
        for (var k = span.First; k <= span.Last; k++)
        {
            for (var part = 1; part <= 4; part++)
            {
                sum += probabilities[(k * RoleLabels) + (4 * type) + part];
            }
        }

        return sum / (span.Last - span.First + 1);
    }
}
