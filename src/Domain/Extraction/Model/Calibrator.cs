namespace NewsroomClaims.Domain.Extraction.Model;

/// <summary>
/// Turns the stages' scores for one proposed attribution into the probability that it is right (that the shared
/// scorer would match it to a gold attribution): logistic regression fitted on held-out training documents.
/// </summary>
internal sealed class Calibrator
{
    public const int Inputs = 7;

    public Calibrator(float[] weights) => Weights = weights;

    /// <summary>Inputs + 1 (bias last).</summary>
    public float[] Weights { get; }

    public static Calibrator Identity { get; } = new([0, 0, 1, 0, 0, 0, 0, 0]);

    public static float[] Features(float cue, float source, float content, bool hasSource, bool ruleAgrees, int contentTokens, bool cueFromModel) =>
    [
        Logit(cue),
        hasSource ? Logit(source) : 0,
        Logit(content),
        hasSource ? 1 : 0,
        ruleAgrees ? 1 : 0,
        MathF.Log(1 + contentTokens) / 4f,
        cueFromModel ? 1 : 0,
    ];

    public float Probability(ReadOnlySpan<float> features)
    {
        var z = Weights[Inputs];
        for (var i = 0; i < Inputs; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1f / (1f + MathF.Exp(-z));
    }

    /// <summary>Plain gradient descent on log loss; a few thousand examples and seven weights need nothing more.</summary>
    public static Calibrator Fit(IReadOnlyList<(float[] Features, bool Correct)> examples)
    {
        var w = new double[Inputs + 1];
        if (examples.Count == 0)
        {
            return Identity;
        }

        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var grad = new double[Inputs + 1];
            foreach (var (x, y) in examples)
            {
                var z = w[Inputs];
                for (var i = 0; i < Inputs; i++)
                {
                    z += w[i] * x[i];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var g = p - (y ? 1 : 0);
                for (var i = 0; i < Inputs; i++)
                {
                    grad[i] += g * x[i];
                }

                grad[Inputs] += g;
            }

            for (var i = 0; i <= Inputs; i++)
            {
                w[i] -= 0.5 * grad[i] / examples.Count;
            }
        }

        return new Calibrator([.. w.Select(v => (float)v)]);
    }

    /// <summary>Expected calibration error over equal-width bins: how far stated confidence is from the hit rate.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<(double Confidence, bool Correct)> predictions, int bins = 10)
    {
        if (predictions.Count == 0)
        {
            return 0;
        }

        double ece = 0;
        for (var b = 0; b < bins; b++)
        {
            var inBin = predictions.Where(p => Math.Min(bins - 1, (int)(p.Confidence * bins)) == b).ToList();
            if (inBin.Count == 0)
            {
                continue;
            }

            var confidence = inBin.Average(p => p.Confidence);
            var accuracy = inBin.Average(p => p.Correct ? 1.0 : 0.0);
            ece += inBin.Count / (double)predictions.Count * Math.Abs(confidence - accuracy);
        }

        return ece;
    }

    private static float Logit(float p)
    {
        p = Math.Clamp(p, 1e-4f, 1 - 1e-4f);
        return MathF.Log(p / (1 - p)) / 4f;
    }
}
