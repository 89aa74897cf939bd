using System.Numerics.Tensors;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>How one network is trained. Every choice that affects the weights is here, seeds included.</summary>
internal sealed record MlpTrainingOptions(
    int Hidden = 256,
    int Epochs = 6,
    int BatchSize = 64,
    float LearningRate = 1e-3f,
    float WeightDecay = 1e-4f,
    float HiddenDropout = 0.2f,
    float InputDropout = 0f,
    int Seed = 17,
    int Threads = 2);

/// <summary>
/// Mini-batch AdamW with softmax cross-entropy. Deterministic for a given seed and thread count: each batch is cut into
/// fixed slices, one per thread, whose gradients are summed in slice order, and dropout masks come from a hash of
/// (seed, epoch, row) rather than from a shared random stream.
/// </summary>
internal static class MlpTrainer
{
    public static Mlp Train(IRowSource train, IRowSource? validation, int classes, MlpTrainingOptions options, Action<string>? log = null)
    {
        var net = new Mlp(train.Width, options.Hidden, classes);
        Initialise(net, options.Seed);
        var adam = new AdamState(net);
        var workers = Enumerable.Range(0, options.Threads).Select(_ => new Worker(net)).ToArray();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        Mlp? best = null;
        var bestLoss = double.MaxValue;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                var count = Math.Min(options.BatchSize, order.Length - start);
                var slice = (count + workers.Length - 1) / workers.Length;
                var e = epoch;
                var s = start;
                Parallel.For(0, workers.Length, new ParallelOptions { MaxDegreeOfParallelism = workers.Length }, w =>
                {
                    var from = s + (w * slice);
                    var to = Math.Min(s + count, from + slice);
                    workers[w].Run(net, train, order, from, to, options, e);
                });
                foreach (var w in workers)
                {
                    loss += w.Loss;
                }

                adam.Step(net, workers, count, options);
            }

            var message = $"epoch {epoch + 1}: train loss {loss / order.Length:F4}";
            if (validation is not null)
            {
                var vloss = Evaluate(net, validation);
                message += $", validation loss {vloss:F4}";
                if (vloss < bestLoss)
                {
                    bestLoss = vloss;
                    best = Copy(net);
                }
            }

            log?.Invoke(message);
        }

        return best ?? net;
    }

    public static double Evaluate(Mlp net, IRowSource rows)
    {
        var x = new float[rows.Width];
        var h = new float[net.Hidden];
        var p = new float[net.Outputs];
        double loss = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            rows.Fill(r, x);
            net.Predict(x, h, p);
            loss -= Math.Log(Math.Max(p[rows.Label(r)], 1e-7f));
        }

        return rows.Count == 0 ? 0 : loss / rows.Count;
    }

    private static void Initialise(Mlp net, int seed)
    {
        var random = new Random(seed);
        var s1 = MathF.Sqrt(2f / net.Inputs);
        var s2 = MathF.Sqrt(1f / net.Hidden);
        for (var i = 0; i < net.W1.Length; i++)
        {
            net.W1[i] = Gaussian(random) * s1;
        }

        for (var i = 0; i < net.W2.Length; i++)
        {
            net.W2[i] = Gaussian(random) * s2;
        }
    }

    private static float Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    private static Mlp Copy(Mlp net)
    {
        var copy = new Mlp(net.Inputs, net.Hidden, net.Outputs);
        net.W1.CopyTo(copy.W1, 0);
        net.B1.CopyTo(copy.B1, 0);
        net.W2.CopyTo(copy.W2, 0);
        net.B2.CopyTo(copy.B2, 0);
        return copy;
    }

    /// <summary>One thread's share of a batch: forward, backward, gradients summed into its own buffers.</summary>
    private sealed class Worker(Mlp net)
    {
        private readonly float[] x = new float[net.Inputs];
        private readonly float[] pre = new float[net.Hidden];
        private readonly float[] hidden = new float[net.Hidden];
        private readonly float[] output = new float[net.Outputs];
        private readonly float[] dHidden = new float[net.Hidden];

        public float[] GW1 { get; } = new float[net.W1.Length];

        public float[] GB1 { get; } = new float[net.B1.Length];

        public float[] GW2 { get; } = new float[net.W2.Length];

        public float[] GB2 { get; } = new float[net.B2.Length];

        public double Loss { get; private set; }

        public void Run(Mlp net, IRowSource rows, int[] order, int from, int to, MlpTrainingOptions options, int epoch)
        {
            Array.Clear(GW1);
            Array.Clear(GB1);
            Array.Clear(GW2);
            Array.Clear(GB2);
            Loss = 0;
            var keep = 1f - options.HiddenDropout;
            for (var i = from; i < to; i++)
            {
                var row = order[i];
                rows.Fill(row, x);
                if (options.InputDropout > 0)
                {
                    // Frozen contextual vectors invite memorising; dropping inputs makes the network spread its weight.
                    var keepInput = 1f - options.InputDropout;
                    for (var k = 0; k < x.Length; k++)
                    {
                        x[k] = Hash(options.Seed + 7919, epoch, row, k) >= keepInput ? 0 : x[k] / keepInput;
                    }
                }

                for (var h = 0; h < net.Hidden; h++)
                {
                    var z = TensorPrimitives.Dot(x, net.W1.AsSpan(h * net.Inputs, net.Inputs)) + net.B1[h];
                    pre[h] = z;
                    var dropped = options.HiddenDropout > 0 && Hash(options.Seed, epoch, row, h) >= keep;
                    hidden[h] = z > 0 && !dropped ? z / keep : 0;
                }

                net.OutputLayer(hidden, output);
                Mlp.Softmax(output);
                var label = rows.Label(row);
                Loss -= Math.Log(Math.Max(output[label], 1e-7f));
                output[label] -= 1f;

                // output now holds dLoss/dLogits.
                Array.Clear(dHidden);
                for (var o = 0; o < net.Outputs; o++)
                {
                    var g = output[o];
                    GB2[o] += g;
                    TensorPrimitives.MultiplyAdd(hidden, g, GW2.AsSpan(o * net.Hidden, net.Hidden), GW2.AsSpan(o * net.Hidden, net.Hidden));
                    TensorPrimitives.MultiplyAdd(net.W2.AsSpan(o * net.Hidden, net.Hidden), g, dHidden, dHidden);
                }

                for (var h = 0; h < net.Hidden; h++)
                {
                    if (hidden[h] <= 0)
                    {
                        continue;
                    }

                    var g = dHidden[h] / keep;
                    GB1[h] += g;
                    var target = GW1.AsSpan(h * net.Inputs, net.Inputs);
                    TensorPrimitives.MultiplyAdd(x, g, target, target);
                }
            }
        }

        // A cheap, well-mixed hash to [0, 1): dropout masks that do not depend on thread scheduling.
        private static float Hash(int seed, int epoch, int row, int unit)
        {
            var h = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
            h ^= ((ulong)(uint)epoch << 40) ^ ((ulong)(uint)row << 12) ^ (uint)unit;
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
            return (h >> 40) / (float)(1UL << 24);
        }
    }

    /// <summary>AdamW moments for every parameter array.</summary>
    private sealed class AdamState(Mlp net)
    {
        private readonly float[][] m = [new float[net.W1.Length], new float[net.B1.Length], new float[net.W2.Length], new float[net.B2.Length]];
        private readonly float[][] v = [new float[net.W1.Length], new float[net.B1.Length], new float[net.W2.Length], new float[net.B2.Length]];
        private readonly float[] scratch = new float[net.W1.Length];
        private int t;

        public void Step(Mlp net, Worker[] workers, int batch, MlpTrainingOptions options)
        {
            t++;
            const float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
            var c1 = 1 - MathF.Pow(beta1, t);
            var c2 = 1 - MathF.Pow(beta2, t);
            var parameters = new[] { net.W1, net.B1, net.W2, net.B2 };
            for (var p = 0; p < parameters.Length; p++)
            {
                var w = parameters[p].AsSpan();
                var mp = m[p].AsSpan();
                var vp = v[p].AsSpan();
                var s = scratch.AsSpan(0, w.Length);
                var decay = p is 0 or 2 ? options.WeightDecay : 0f;

                // Summed in worker order, so the result does not depend on which thread finished first.
                var g = Gradient(workers[0], p).AsSpan();
                for (var k = 1; k < workers.Length; k++)
                {
                    TensorPrimitives.Add(g, Gradient(workers[k], p), g);
                }

                TensorPrimitives.Multiply(g, 1f / batch, g);
                TensorPrimitives.Multiply(mp, beta1, mp);
                TensorPrimitives.MultiplyAdd(g, 1 - beta1, mp, mp);
                TensorPrimitives.Multiply(g, g, g);
                TensorPrimitives.Multiply(vp, beta2, vp);
                TensorPrimitives.MultiplyAdd(g, 1 - beta2, vp, vp);
                TensorPrimitives.Multiply(vp, 1 / c2, s);
                TensorPrimitives.Sqrt(s, s);
                TensorPrimitives.Add(s, eps, s);
                TensorPrimitives.Divide(mp, s, s);
                TensorPrimitives.Multiply(s, 1 / c1, s);
                TensorPrimitives.MultiplyAdd(w, decay, s, s);
                TensorPrimitives.MultiplyAdd(s, -options.LearningRate, w, w);
            }
        }

        private static float[] Gradient(Worker w, int p) => p switch
        {
            0 => w.GW1,
            1 => w.GB1,
            2 => w.GW2,
            _ => w.GB2,
        };
    }
}
