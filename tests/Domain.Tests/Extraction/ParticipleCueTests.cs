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

    [Fact]
    public void ParticipleAfterWithNameTakesThatNameAsSource()
    {
        var r = Run("The debate turned sharp, with former Governor Lena Ortiz calling the plan reckless.");
        var a = r.WithCue("calling");
        Assert.Equal("former Governor Lena Ortiz", a.SourceText());
        Assert.Equal("the plan reckless", a.ContentText());
    }

    [Fact]
    public void ParticipleAfterDashBorrowsTheSentenceSubject()
    {
        var r = Run("Marco Rubio changed his pick on the spot – saying he would now root for Denver.");
        var a = r.WithCue("saying");
        Assert.Equal("Marco Rubio", a.SourceText());
        Assert.Equal("he would now root for Denver", a.ContentText());
    }
}
