using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

/// <summary>Cue words and cue shapes added after measuring what the PolNeAR training set still missed.</summary>
public class ExtendedCueTests
{
    [Fact]
    public void PointedOutKeepsTheParticleInTheCue()
    {
        var r = Run("The auditor pointed out that the accounts were late.");
        var a = r.WithCue("pointed out");
        Assert.Equal("The auditor", a.SourceText());
        Assert.Equal("that the accounts were late", a.ContentText());
    }

    [Fact]
    public void PointedToKeepsThePrepositionInTheCue()
    {
        var r = Run("The mayor pointed to the falling crime figures.");
        var a = r.WithCue("pointed to");
        Assert.Equal("The mayor", a.SourceText());
        Assert.Equal("the falling crime figures", a.ContentText());
    }

    [Fact]
    public void HopeWithClauseIsABeliefAttribution()
    {
        var r = Run("Party leaders hope that the senator will soften his attacks.");
        var a = r.WithCue("hope");
        Assert.Equal("Party leaders", a.SourceText());
        Assert.Equal("that the senator will soften his attacks", a.ContentText());
    }

    [Fact]
    public void FearWithClauseIsABeliefAttribution()
    {
        var r = Run("Farmers fear the drought will last another year.");
        var a = r.WithCue("fear");
        Assert.Equal("Farmers", a.SourceText());
        Assert.Equal("the drought will last another year", a.ContentText());
    }

    [Fact]
    public void SeesAsOpinionIsAnAttribution()
    {
        var r = Run("The governor sees the new bridge as a lifeline for the valley.");
        var a = r.WithCue("sees");
        Assert.Equal("The governor", a.SourceText());
        Assert.Equal("the new bridge as a lifeline for the valley", a.ContentText());
    }

    [Fact]
    public void ExpressedConcernIsAnAttribution()
    {
        var r = Run("Residents expressed concern about the new runway.");
        var a = r.WithCue("expressed");
        Assert.Equal("Residents", a.SourceText());
        Assert.Equal("concern about the new runway", a.ContentText());
    }

    [Fact]
    public void TalkedAboutIsACueWithItsParticle()
    {
        var r = Run("The candidate talked about the rising cost of housing.");
        var a = r.WithCue("talked about");
        Assert.Equal("The candidate", a.SourceText());
        Assert.Equal("the rising cost of housing", a.ContentText());
    }

    [Fact]
    public void TalkWithoutItsParticleIsNotACue()
    {
        var r = Run("The unions talked for hours.");
        Assert.Empty(r.Attributions);
    }

    [Fact]
    public void WeekdayAfterCueIsSkippedBeforeABareClause()
    {
        var r = Run("Several outlets reported on Wednesday the council had resigned.");
        var a = r.WithCue("reported");
        Assert.Equal("the council had resigned", a.ContentText());
    }

    [Fact]
    public void PartyLabelInParenthesesStaysInTheSource()
    {
        var r = Run("“The vote will be close,” Rep. Ann Hale (D-Ore.) said.");
        var a = r.WithCue("said");
        Assert.Equal("Rep. Ann Hale (D-Ore.)", a.SourceText());
        Assert.Equal("“The vote will be close,”", a.ContentText());
    }

    [Fact]
    public void PartyLabelBeforeALeadingCueStaysInTheSource()
    {
        var r = Run("Sen. Tom Reyes (R-Iowa) said the bill would pass.");
        var a = r.WithCue("said");
        Assert.Equal("Sen. Tom Reyes (R-Iowa)", a.SourceText());
        Assert.Equal("the bill would pass", a.ContentText());
    }

    [Fact]
    public void QuantifiedGroupAfterTrailingCueIsTheSource()
    {
        var r = Run("The turnout was a surprise, said several observers.");
        var a = r.WithCue("said");
        Assert.Equal("several observers", a.SourceText());
        Assert.Equal("The turnout was a surprise", a.ContentText());
    }

    [Fact]
    public void HerBeforeANounIsAPossessiveSource()
    {
        var r = Run("The singer was headed to Cairo, her friend said.");
        var a = r.WithCue("said");
        Assert.Equal("her friend", a.SourceText());
        Assert.Equal("The singer was headed to Cairo", a.ContentText());
    }
}
