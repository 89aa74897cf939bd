using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class PassiveCueTests
{
    [Fact]
    public void PassiveCueWithoutAgentHasNoSourceAndKeepsTheSubjectInContent()
    {
        var r = Run("The senator is expected to announce her decision on Monday.");
        var a = r.WithCue("is expected");
        Assert.Empty(a.Source);
        Assert.Equal("The senator | to announce her decision on Monday", a.ContentText());
    }

    [Fact]
    public void ExpletiveItIsDroppedFromPassiveContent()
    {
        var r = Run("It was reported that the factory would close.");
        var a = r.WithCue("was reported");
        Assert.Empty(a.Source);
        Assert.Equal("that the factory would close", a.ContentText());
    }

    [Fact]
    public void PassiveWithByAgentTakesTheAgentAsSource()
    {
        var r = Run("The mayor was urged by local residents to rebuild the library.");
        var a = r.WithCue("was urged");
        Assert.Equal("local residents", a.SourceText());
        Assert.StartsWith("The mayor | ", a.ContentText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ActiveCueAfterAuxiliaryKeepsItsSubjectAsSource()
    {
        var r = Run("The council has reported that rents rose again.");
        var a = r.WithCue("has reported");
        Assert.Equal("The council", a.SourceText());
        Assert.Equal("that rents rose again", a.ContentText());
    }

    [Fact]
    public void SeemedToIsAnImpressionWithoutSource()
    {
        var r = Run("The governor seemed to soften her position on Tuesday.");
        var a = r.WithCue("seemed");
        Assert.Empty(a.Source);
        Assert.Equal("The governor | to soften her position on Tuesday", a.ContentText());
    }

    [Fact]
    public void AppearedOnAProgrammeIsNotACue()
    {
        var r = Run("The governor appeared on a morning show.");
        Assert.Empty(r.Attributions);
    }
}
