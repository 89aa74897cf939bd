using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Extraction;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

/// <summary>Sources that the sentence does not name next to its cue: unnamed reports, participles, pronouns, lead frames.</summary>
public class InheritedAndUnnamedSourceTests
{
    private static List<string> ChainNames(ExtractionResult r, ExtractedAttribution a) => [.. r.ChainOf(a).Select(s => s.Name)];

    [Fact]
    public void ReportedlyIsAnAttributionWithoutSourceSpokenByUnnamedReports()
    {
        var r = Run("The harbour board reportedly approved the dredging contract last spring.");

        var a = r.WithCue("reportedly");
        Assert.Empty(a.Source);
        Assert.Equal("unnamed reports", a.Speaker?.Name);
        Assert.True(a.Speaker?.IsAnonymous);
        Assert.Equal("The harbour board | approved the dredging contract last spring", a.ContentText());
    }

    [Fact]
    public void IsExpectedToIsAForecastWithoutSource()
    {
        var r = Run("The new ferry is widely expected to enter service before the summer.");

        var a = r.WithCue("is widely expected");
        Assert.Empty(a.Source);
        Assert.True(a.Speaker?.IsAnonymous);
        Assert.Equal("The new ferry | to enter service before the summer", a.ContentText());
    }

    [Fact]
    public void AllegedlyAfterWithTakesTheClauseFromItsSubject()
    {
        var r = Run("The fund collapsed in June, with its founder allegedly moving the reserves abroad.");

        Assert.Equal("its founder | moving the reserves abroad", r.WithCue("allegedly").ContentText());
    }

    [Fact]
    public void ReportedlyNextToAReportingVerbLeavesTheVerbAsTheOnlyCue()
    {
        var r = Run("The coach reportedly said that the squad was exhausted.");

        Assert.DoesNotContain(r.Attributions, a => a.Cue.Any(c => c.Text == "reportedly"));
        Assert.Equal("The coach", r.WithCue("reportedly said").SourceText());
    }

    [Fact]
    public void ParticipleAfterACommaBorrowsAPeopleNounSubject()
    {
        var r = Run("Both lawmakers left the hearing early, warning that the budget would not pass.");

        var a = r.WithCue("warning");
        Assert.Equal("Both lawmakers", a.SourceText());
        Assert.True(a.Speaker?.IsAnonymous);
        Assert.Equal("that the budget would not pass", a.ContentText());
    }

    [Fact]
    public void ItPrefersTheClauseSubjectOverAnObjectNamedCloserToIt()
    {
        var canada = Guid.NewGuid();
        var gazetteer = new Gazetteer(
        [
            new GazetteerEntry(canada, "Canada", ActorKind.Government, ["Ottawa"]),
            new GazetteerEntry(Guid.NewGuid(), "Mexico", ActorKind.Government, []),
        ]);

        var r = Run("The paper wrote that Ottawa had handed Mexico what it called a “last draft.”", new ExtractionOptions(gazetteer));

        Assert.Equal(canada, r.WithCue("called").Speaker?.ActorId);
    }

    [Fact]
    public void LeadSentenceFrameGovernsLaterParagraphsUntilANamedSpeakerTakesOver()
    {
        var text = "(Wire) According to the Valley Courier, the sawmill will close in May.\n\n" +
                   "Union officials said the owners had warned staff in January.\n\n" +
                   "Mayor Ana Ortiz said the town would look for a buyer.\n\n" +
                   "Residents said they were shocked.";

        var r = Run(text, new ExtractionOptions(Publisher: "Wire"));

        Assert.Equal(["Wire", "Valley Courier", "Union officials"], ChainNames(r, r.Attributions.Single(a => a.SourceText() == "Union officials")));
        Assert.Equal(["Wire", "Ana Ortiz"], ChainNames(r, r.Attributions.Single(a => a.SourceText() == "Mayor Ana Ortiz")));
        Assert.Equal(["Wire", "Residents"], ChainNames(r, r.Attributions.Single(a => a.SourceText() == "Residents")));
    }

    [Fact]
    public void ParagraphFrameYieldsToANamedSpeakerButCarriesAnonymousOnes()
    {
        var text = "Flooding closed the road again. The Valley Times reports that repairs were delayed. " +
                   "Officials said the culvert was too small. Mayor Ana Ortiz said money had been found.";

        var r = Run(text, new ExtractionOptions(Publisher: "Wire"));

        Assert.Equal(["Wire", "Valley Times", "Officials"], ChainNames(r, r.Attributions.Single(a => a.SourceText() == "Officials")));
        Assert.Equal(["Wire", "Ana Ortiz"], ChainNames(r, r.Attributions.Single(a => a.SourceText() == "Mayor Ana Ortiz")));
    }
}
