namespace NewsroomClaims.Matching;

/// <summary>
/// Scores of labelled pairs, kept as two histograms (positives, negatives) over fixed bins so that hundreds of millions
/// of pairs fit: enough to read precision and recall at any threshold to the bin's width.
/// </summary>
internal sealed class PairScores(double min, double max, int bins = 4000)
{
    private readonly long[] positives = new long[bins + 1];
    private readonly long[] negatives = new long[bins + 1];

    public long Positives => positives.Sum();

    public long Negatives => negatives.Sum();

    public void Add(double score, bool positive) => (positive ? positives : negatives)[Bin(score)]++;

    public void Merge(PairScores other)
    {
        for (var bin = 0; bin <= bins; bin++)
        {
            positives[bin] += other.positives[bin];
            negatives[bin] += other.negatives[bin];
        }
    }

    /// <summary>Pairs scoring at or above <paramref name="threshold"/>: (precision, recall, true positives, predicted).</summary>
    public (double Precision, double Recall, long TruePositives, long Predicted) At(double threshold)
    {
        long tp = 0, fp = 0;
        for (var bin = Bin(threshold); bin <= bins; bin++)
        {
            tp += positives[bin];
            fp += negatives[bin];
        }

        var all = Positives;
        return (tp + fp == 0 ? 1 : (double)tp / (tp + fp), all == 0 ? 0 : (double)tp / all, tp, tp + fp);
    }

    /// <summary>The threshold (a bin's lower edge) with the best F-beta; beta below 1 weighs precision more.</summary>
    public double BestThreshold(double beta)
    {
        var best = (Score: -1.0, Threshold: max);
        for (var bin = bins; bin >= 0; bin--)
        {
            var threshold = Edge(bin);
            var (p, r, tp, _) = At(threshold);
            if (tp == 0)
            {
                continue;
            }

            var f = (1 + beta * beta) * p * r / (beta * beta * p + r);
            if (f > best.Score)
            {
                best = (f, threshold);
            }
        }

        return best.Threshold;
    }

    private int Bin(double score) => (int)Math.Clamp(Math.Floor((score - min) / (max - min) * bins), 0, bins);

    private double Edge(int bin) => min + (max - min) * bin / bins;
}
