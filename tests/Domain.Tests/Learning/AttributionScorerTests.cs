using NewsroomClaims.Domain.Extraction.Corpus;

namespace NewsroomClaims.Domain.Tests.Learning;

/// <summary>The C# port agrees with the shared scorer's definitions on cases worked out by hand.</summary>
public sealed class AttributionScorerTests
{
    private const string Text = "Mayor Ann Lee said that the bridge will reopen in May.";

    private static GoldAttribution Att((int, int)? source, (int, int) cue, (int, int) content) =>
        new(source is { } s ? [s] : [], [cue], [content]);

    [Fact]
    public void The_same_spans_match_exactly_and_as_who_said_what()
    {
        var gold = Att((0, 13), (14, 18), (19, 53));

        var scores = AttributionScorer.Score(Text, [gold], [gold]);

        Assert.Equal(100, scores.Attribution.F1, 3);
        Assert.Equal(100, scores.Exact(0).F1, 3);
        Assert.Equal(100, scores.Exact(2).F1, 3);
    }

    [Fact]
    public void A_shorter_source_sharing_a_word_and_most_of_the_content_matches_who_said_what_but_not_exactly()
    {
        var gold = Att((0, 13), (14, 18), (19, 53));
        var predicted = Att((6, 13), (14, 18), (24, 53));

        var scores = AttributionScorer.Score(Text, [gold], [predicted]);

        Assert.Equal(100, scores.Attribution.F1, 3);
        Assert.Equal(0, scores.Exact(0).F1, 3);
        Assert.Equal(100, scores.Exact(1).F1, 3);
        Assert.Equal(0, scores.Exact(2).F1, 3);

        // Content overlap: 6 of the 7 gold words found, nothing else predicted.
        Assert.Equal(100 * 2 * (6.0 / 7) / (1 + (6.0 / 7)), scores.Overlap(2).F1, 3);
    }

    [Fact]
    public void Contents_sharing_less_than_half_of_the_smaller_do_not_match_and_whitespace_at_the_ends_is_ignored()
    {
        var gold = Att((0, 13), (14, 18), (19, 53));
        var padded = Att((0, 14), (13, 18), (19, 53));
        var elsewhere = Att((0, 13), (14, 18), (0, 23));

        Assert.Equal(100, AttributionScorer.Score(Text, [gold], [padded]).Exact(0).F1, 3);
        Assert.Equal(0, AttributionScorer.Score(Text, [gold], [elsewhere]).Attribution.F1, 3);
    }
}
