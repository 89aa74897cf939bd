using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Tests.Learning;

public sealed class BilouTests
{
    // Labels for two types: 0 O; source B1 I2 L3 U4; content B5 I6 L7 U8.
    private static float[] Probabilities(params int[] argmax)
    {
        var labels = Bilou.Labels(2);
        var p = new float[argmax.Length * labels];
        for (var i = 0; i < argmax.Length; i++)
        {
            for (var y = 0; y < labels; y++)
            {
                p[(i * labels) + y] = y == argmax[i] ? 0.6f : 0.4f / (labels - 1);
            }
        }

        return p;
    }

    [Fact]
    public void Decoding_reads_back_well_formed_spans_of_each_type()
    {
        var path = Bilou.Decode(Probabilities(1, 3, 0, 5, 6, 7, 0, 8), 8, 2);

        Assert.Equal([(0, 1)], Bilou.Spans(path, 0));
        Assert.Equal([(3, 5), (7, 7)], Bilou.Spans(path, 1));
    }

    [Fact]
    public void An_inside_label_never_starts_a_span_and_a_span_never_stays_open()
    {
        // The most likely labels alone would read "I I" then "B" with nothing closing it.
        var path = Bilou.Decode(Probabilities(6, 6, 0, 5), 4, 2);

        foreach (var spans in new[] { Bilou.Spans(path, 0), Bilou.Spans(path, 1) })
        {
            Assert.All(spans, s => Assert.True(s.First <= s.Last));
        }

        Assert.NotEqual(6, path[0]);
        Assert.NotEqual(5, path[^1]);
    }

    [Fact]
    public void Tokens_forced_out_stay_outside_every_span()
    {
        var path = Bilou.Decode(Probabilities(5, 6, 6, 7), 4, 2, [false, true, false, false]);

        Assert.Equal(0, path[1]);
        Assert.DoesNotContain(Bilou.Spans(path, 1), s => s.First <= 1 && 1 <= s.Last);
    }

    [Theory]
    [InlineData(0, 0, 1, 4)]
    [InlineData(0, 0, 3, 1)]
    [InlineData(0, 1, 3, 2)]
    [InlineData(0, 2, 3, 3)]
    [InlineData(1, 0, 1, 8)]
    public void Labels_number_begin_inside_last_and_unit_per_type(int type, int index, int length, int label) =>
        Assert.Equal(label, Bilou.Label(type, index, length));
}
