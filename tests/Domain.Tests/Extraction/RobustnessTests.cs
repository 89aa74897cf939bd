using System.Text;
using NewsroomClaims.Domain.Extraction;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"")]
    [InlineData("“”")]
    [InlineData(":")]
    [InlineData("said")]
    [InlineData("According to")]
    [InlineData("\uD800 lone high surrogate said \uDC00 lone low")]
    [InlineData("🚀🚀 \"Rockets are fine,\" said 🚀.")]
    [InlineData("قال المتحدث إن \"الاجتماع\" سيعقد. He said: \"שלום\"")]
    [InlineData("''''''''\"\"\"“““”””‘‘’’ said said said , , , : : :")]
    public void OddInputNeverThrowsAndSpansStayInsideTheText(string text)
    {
        var r = Run(text);
        Assert.All(r.Attributions, a => Assert.All(a.Content, c => Assert.InRange(c.End, c.Start, text.Length)));
    }

    [Fact]
    public void EmojiBeforeAQuoteKeepsUtf16Offsets()
    {
        var text = "🎉🎉 \"We won the cup,\" said Lea Stone.";
        var a = Run(text).WithCue("said");
        Assert.Equal("\"We won the cup,\"", text[a.Content[0].Start..a.Content[0].End]);
    }

    [Fact]
    public void SameInputGivesTheSameResult()
    {
        var text = SampleArticle(20);
        var first = Run(text);
        var second = Run(text);
        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void ConcurrentCallsOnOneExtractorAgree()
    {
        var extractor = new AttributionExtractor();
        var text = SampleArticle(50);
        var expected = Describe(extractor.Extract(text));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(extractor.Extract(text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    // Speed is measured by tests/Benchmarks (BenchmarkDotNet), not asserted here: a timed unit test fails on
    // a busy machine and proves nothing on a quiet one. These check that big inputs come out whole and in proportion.
    [Fact]
    public void TenTimesTheTextGivesTenTimesTheAttributions()
    {
        var extractor = new AttributionExtractor();
        var small = SampleArticle(1300);
        var big = SampleArticle(13000);
        Assert.True(big.Length >= 1_000_000);

        var smallCount = extractor.Extract(small).Attributions.Count;
        var bigCount = extractor.Extract(big).Attributions.Count;

        Assert.True(smallCount > 0);
        Assert.Equal(smallCount * 10, bigCount);
    }

    [Fact]
    public void OneHugeParagraphWithoutPunctuationGivesBoundedContent()
    {
        var text = string.Concat(Enumerable.Repeat("officials said that the word said appears ", 25_000));

        var result = new AttributionExtractor().Extract(text);

        Assert.All(result.Attributions.SelectMany(a => a.Content), span => Assert.True(span.End - span.Start < 20_000));
    }

    private static string SampleArticle(int paragraphs)
    {
        string[] parts =
        [
            "According to the Valley Courier, Mayor Anna Ortiz met union leaders on Tuesday.",
            "\"We are not going anywhere,\" said Paul Grant, a union spokesman. \"The members have spoken.\"",
            "Grant added that the strike could last weeks, and he warned that schools might \"close for good.\"",
            "ORTIZ: We will keep talking as long as it takes.",
            "Officials say the city has reserves, but analysts believe those funds are committed, according to the Civic Trust.",
        ];
        var sb = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            sb.Append(parts[i % parts.Length]).Append("\n\n");
        }

        return sb.ToString();
    }
}
