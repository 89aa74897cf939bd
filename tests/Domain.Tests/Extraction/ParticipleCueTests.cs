using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class ParticipleCueTests
{
    [Fact]
    public void AddingAfterCommaInsideClosingQuoteBorrowsTheSpeaker()
    {
        var r = Run("The coach told reporters that the team was “tired,” adding that the schedule was too long.");
        var a = r.WithCue("adding");
        Assert.Equal("The coach", a.SourceText());
        Assert.Equal("that the schedule was too long", a.ContentText());
    }

    [Fact]
    public void ProgressiveSayingTakesItsOwnSubject()
    {
        var r = Run("The governor is not saying which roads will close.");
        var a = r.WithCue("is not saying");
        Assert.Equal("The governor", a.SourceText());
        Assert.Equal("which roads will close", a.ContentText());
    }

    [Fact]
    public void ByGerundReportsTheSubjectsSpeech()
    {
        var r = Run("Senator Dana Holt opened by saying that the bill was dead.");
        var a = r.WithCue("by saying");
        Assert.Equal("Senator Dana Holt", a.SourceText());
        Assert.Equal("that the bill was dead", a.ContentText());
    }
}
