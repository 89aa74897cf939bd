using System.Numerics.Tensors;

namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Accurate mode's two stages over one document: tag cue spans token by token, then for each cue read its source and
/// content in the sentences around it (<see cref="RoleReader"/>). The result is the same <see cref="Draft"/> the rules
/// produce, so nesting, speaker resolution and chains are shared by both modes.
/// </summary>
internal sealed class ModelTagger(AttributionModel model)
{
    private static readonly int CueLabels = Bilou.Labels(1);

    public DocumentContext Context(TextDocument doc, float[] rawVectors, List<Draft> ruleDrafts)
    {
        model.Standardise(rawVectors);
        return new DocumentContext(doc, rawVectors, ruleDrafts, model.Priors);
    }

    /// <summary>
    /// The drafts accurate mode keeps: every attribution read from a cue the cue stage found; from cues only the rules
    /// proposed, those the model is confident about (taken wholesale they are right one time in eight on PolNeAR and
    /// cost more precision than they add recall) and naming quotes (<see cref="RuleShapes.NamingQuote"/>).
    /// </summary>
    public List<Draft> Tag(DocumentContext ctx) =>
        [.. TagWithScores(ctx).Where(t => t.FromModel || t.Kept || t.Draft.Confidence >= model.RuleOnlyMinConfidence).Select(t => t.Draft)];

    /// <summary>Every candidate with the stage scores its confidence was computed from (the trainer tunes and calibrates on these).</summary>
    public List<TaggedDraft> TagWithScores(DocumentContext ctx)
    {
        var doc = ctx.Doc;
        var result = new List<TaggedDraft>();
        if (doc.Tokens.Length == 0)
        {
            return result;
        }

        var cueProbabilities = CueProbabilities(ctx);
        var cues = Bilou.Spans(Bilou.Decode(cueProbabilities, doc.Tokens.Length, 1), 0);
        var modelCues = cues.Count;
        cues.AddRange(RuleShapes.CuesMissedByModel(ctx, cues));
        var roles = new RoleReader(ctx, model.Role);
        for (var index = 0; index < cues.Count; index++)
        {
            var (cueFirst, cueLast) = cues[index];
            var rule = ctx.RuleDraftFor(cueFirst, cueLast);
            var reading = roles.Read(cueFirst, cueLast, rule);
            if (reading.Content.Count == 0)
            {
                continue;
            }

            var cueScore = 0f;
            for (var k = cueFirst; k <= cueLast; k++)
            {
                cueScore += 1 - cueProbabilities[k * CueLabels];
            }

            var fromModel = index < modelCues;
            var scores = Calibrator.Features(
                cueScore / (cueLast - cueFirst + 1), reading.SourceScore, reading.ContentScore, reading.Source is not null, rule >= 0, reading.ContentTokens, fromModel);
            var draft = ToDraft(ctx, cueFirst, cueLast, rule, reading);
            draft.Confidence = model.Calibrator.Probability(scores);
            if (!fromModel && rule >= 0 && RuleShapes.NamingQuote(doc, ctx.RuleDrafts[rule]) is { } named)
            {
                // Its confidence stays the model's view of how likely PolNeAR would count it.
                named.Confidence = draft.Confidence;
                result.Add(new TaggedDraft(named, scores, FromModel: false, Kept: true));
                continue;
            }

            result.Add(new TaggedDraft(draft, scores, fromModel));
        }

        return result;
    }

    private static Draft ToDraft(DocumentContext ctx, int cueFirst, int cueLast, int rule, RoleReader.Reading reading)
    {
        var draft = new Draft { CueFirst = cueFirst, CueLast = cueLast, Sentence = ctx.Doc.SentenceOf[cueFirst] };
        if (reading.Source is var (sourceFirst, sourceLast))
        {
            draft.SourceFirst = sourceFirst;
            draft.SourceLast = sourceLast;
        }

        draft.Content.AddRange(reading.Content);

        // Frames ("According to Bloomberg, ...") and implied speakers ("reportedly") are the rules' knowledge.
        if (rule >= 0)
        {
            draft.IsFrame = ctx.RuleDrafts[rule].IsFrame;
            draft.ImpliedSpeaker = reading.Source is null ? ctx.RuleDrafts[rule].ImpliedSpeaker : null;
        }

        return draft;
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
            TensorPrimitives.Divide(row, TensorPrimitives.Sum(row), row);
        }

        return probabilities;
    }
}
