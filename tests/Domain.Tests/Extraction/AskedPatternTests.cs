using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class AskedPatternTests
{
    [Fact]
    public void AskedAboutOpenerIsAnAttributionWithoutSource()
    {
        var r = Run("Asked about the budget, the mayor said the numbers were final.");
        var q = r.WithCue("Asked about");
        Assert.Empty(q.Source);
        Assert.Equal("the budget", q.ContentText());
        var a = r.WithCue("said");
        Assert.Equal("the mayor", a.SourceText());
        Assert.Equal("the numbers were final", a.ContentText());
    }

    [Fact]
    public void AskedWhetherOpenerRunsToTheClosingComma()
    {
        var r = Run("Asked whether she would run again, Ms. Lund said she had not decided.");
        var q = r.WithCue("Asked");
        Assert.Empty(q.Source);
        Assert.Equal("whether she would run again", q.ContentText());
    }

    [Fact]
    public void WhenAskedOpenerIsAnAttributionWithoutSource()
    {
        var r = Run("When asked about the strike, the minister declined to comment.");
        var q = r.WithCue("asked about");
        Assert.Empty(q.Source);
        Assert.Equal("the strike", q.ContentText());
    }
}
