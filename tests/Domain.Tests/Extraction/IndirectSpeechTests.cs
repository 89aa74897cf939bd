using NewsroomClaims.Domain.Claims;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class IndirectSpeechTests
{
    [Fact]
    public void ReportingVerbWithThatClauseIsIndirectWithThatInContent()
    {
        var r = Run("The harbour master said that the pier would close on Friday.");
        var a = r.WithCue("said");
        Assert.Equal("The harbour master", a.SourceText());
        Assert.Equal("that the pier would close on Friday", a.ContentText());
        Assert.Equal(ClaimKind.Indirect, a.Kind);
    }

    [Fact]
    public void BareClauseAfterSaysIsContent()
    {
        var r = Run("Olga Petrenko says the library needs another floor.");
        var a = r.WithCue("says");
        Assert.Equal("Olga Petrenko", a.SourceText());
        Assert.Equal("the library needs another floor", a.ContentText());
    }

    [Fact]
    public void AuxiliaryAndAlsoStayInsideTheCue()
    {
        var r = Run("The committee has also said it will publish the minutes.");
        var a = r.WithCue("has also said");
        Assert.Equal("The committee", a.SourceText());
    }

    [Fact]
    public void TimeAdverbBetweenSourceAndCueIsLeftOut()
    {
        var r = Run("Councillor Amir Haddad later claimed that the vote was rushed.");
        var a = r.WithCue("claimed");
        Assert.Equal("Councillor Amir Haddad", a.SourceText());
    }

    [Fact]
    public void TellSkipsTheAddresseeBeforeTheContent()
    {
        var r = Run("The coach told reporters the team would rest its captain.");
        var a = r.WithCue("told");
        Assert.Equal("the team would rest its captain", a.ContentText());
    }

    [Fact]
    public void ParaphraseFollowedByCommaAndSpeakerIsAttributedBackwards()
    {
        var r = Run("The tunnel will be finished by spring, said Karin Olsen, the project lead.");
        var a = r.WithCue("said");
        Assert.Equal("The tunnel will be finished by spring", a.ContentText());
        Assert.Equal("Karin Olsen, the project lead", a.SourceText());
    }

    [Fact]
    public void ParticipleAfterCommaBorrowsTheMainSource()
    {
        var r = Run("Mayor Lena Fisk rejected the plan, saying that it would raise rents.");
        var a = r.WithCue("saying");
        Assert.Equal("Mayor Lena Fisk", a.SourceText());
        Assert.Equal("that it would raise rents", a.ContentText());
    }

    [Fact]
    public void AppositionIsPartOfTheSource()
    {
        var r = Run("Priya Nair, an economist at the Harbor Institute, argued that wages will rise.");
        var a = r.WithCue("argued");
        Assert.Equal("Priya Nair, an economist at the Harbor Institute,", a.SourceText());
    }

    [Fact]
    public void PlainActionsAreNotAttributions()
    {
        var r = Run("The mayor walked to the station. She bought a ticket and boarded the train.");
        Assert.Empty(r.Attributions);
    }

    [Fact]
    public void ByTelephoneBetweenCueAndThatIsLeftOut()
    {
        var r = Run("Judge Ana Ruiz said by telephone this week that she was tired.");
        var a = r.WithCue("said");
        Assert.Equal("that she was tired", a.ContentText());
    }

    [Fact]
    public void EdAdjectiveAfterDeterminerStaysInTheSource()
    {
        var r = Run("The retired judge said that the ruling was wrong.");
        var a = r.WithCue("said");
        Assert.Equal("The retired judge", a.SourceText());
        Assert.Equal("that the ruling was wrong", a.ContentText());
    }
}
