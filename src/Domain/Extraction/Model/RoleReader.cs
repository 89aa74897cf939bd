using System.Numerics.Tensors;

namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// The role stage for one document: given a cue, the BILOU probabilities of source and content for every token of the
/// sentences around it, and the spans Viterbi reads from them. The network's first layer is summed in parts: a token's
/// share (its vector and its neighbours') is computed once per document and the cue's once per cue, which is a third
/// of the work of filling every row in full as <see cref="RoleFeatures.Fill"/> does for training.
/// </summary>
internal sealed class RoleReader(DocumentContext ctx, Mlp net)
{
    public const int SourceType = 0;
    public const int ContentType = 1;
    public static readonly int Labels = Bilou.Labels(2);

    private readonly float[] hidden = new float[net.Hidden];
    private readonly float[] pre = new float[net.Hidden];
    private readonly float[] product = new float[MiniLmEncoder.Dimensions];
    private readonly float[] extra = new float[RoleFeatures.Extra];
    private readonly float[]?[] tokenPart = new float[ctx.Doc.Tokens.Length][];

    /// <summary>What the stage reads for one cue, in document token indices; probabilities are window-relative.</summary>
    public sealed record Reading(int First, float[] Probabilities, (int First, int Last)? Source, List<(int First, int Last)> Content)
    {
        public float SourceScore => Source is { } s ? Mean(s, SourceType) : 0;

        public float ContentScore => Content.Sum(c => Mean(c, ContentType) * (c.Last - c.First + 1)) / Math.Max(1, ContentTokens);

        public int ContentTokens => Content.Sum(c => c.Last - c.First + 1);

        /// <summary>Mean probability that a span's tokens carry some label of its type.</summary>
        public float Mean((int First, int Last) span, int type)
        {
            var sum = 0f;
            for (var k = span.First; k <= span.Last; k++)
            {
                for (var part = 1; part <= 4; part++)
                {
                    sum += Probabilities[((k - First) * Labels) + (4 * type) + part];
                }
            }

            return sum / (span.Last - span.First + 1);
        }
    }

    public Reading Read(int cueFirst, int cueLast, int rule)
    {
        var doc = ctx.Doc;
        var (first, last) = RoleFeatures.Window(doc, cueFirst, cueLast);
        var m = last - first + 1;
        var probabilities = new float[m * Labels];
        var forced = new bool[m];
        var cueVector = RoleFeatures.CueVector(ctx, cueFirst, cueLast);
        var cuePart = new float[net.Hidden];
        net.AccumulateSlice(cueVector, RoleFeatures.CueOffset, cuePart);
        for (var t = first; t <= last; t++)
        {
            var row = probabilities.AsSpan((t - first) * Labels, Labels);
            if (t >= cueFirst && t <= cueLast)
            {
                forced[t - first] = true;
                row[0] = 1;
                continue;
            }

            tokenPart[t] ??= TokenPart(t);
            TensorPrimitives.Add(tokenPart[t], cuePart, pre);
            TensorPrimitives.Multiply(ctx.Vector(t), cueVector, product);
            net.AccumulateSlice(product, RoleFeatures.ProductOffset, pre);
            RoleFeatures.FillExtra(ctx, cueFirst, cueLast, rule, t, extra);
            net.AccumulateSlice(extra, RoleFeatures.ExtraOffset, pre);
            net.PredictFromPreActivation(pre, hidden, row);
        }

        // Viterbi over the whole window: each token's label competes with every other label, not only with O, which
        // on held-out documents put content boundaries right far more often than scoring candidate spans one by one.
        var path = Bilou.Decode(probabilities, m, 2, forced);
        var reading = new Reading(first, probabilities, null, []);
        var sources = Bilou.Spans(path, SourceType).Select(s => (s.First + first, s.Last + first)).ToList();
        var contents = Bilou.Spans(path, ContentType).Select(c => (c.First + first, c.Last + first)).Where(c => HasWord(c.Item1, c.Item2)).ToList();
        return reading with
        {
            Source = sources.Count == 0 ? null : sources.MaxBy(s => reading.Mean(s, SourceType)),
            Content = contents,
        };
    }

    /// <summary>A content piece of nothing but punctuation (a stray quote mark) is noise, not content.</summary>
    private bool HasWord(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (ctx.Doc.Tokens[k].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private float[] TokenPart(int t)
    {
        var part = new float[net.Hidden];
        net.AccumulateSlice(ctx.Neighbour(t - 1), 0, part);
        net.AccumulateSlice(ctx.Vector(t), MiniLmEncoder.Dimensions, part);
        net.AccumulateSlice(ctx.Neighbour(t + 1), 2 * MiniLmEncoder.Dimensions, part);
        return part;
    }
}
