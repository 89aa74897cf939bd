using NewsroomClaims.Domain.Claims;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class FramingTests
{
    [Fact]
    public void AccordingToAtSentenceStartTakesTheRestOfTheSentence()
    {
        var r = Run("According to the Valley Courier, the dam inspection was skipped twice.");
        var a = r.WithCue("According to");
        Assert.Equal("the Valley Courier", a.SourceText());
        Assert.Equal("the dam inspection was skipped twice", a.ContentText());
    }

    [Fact]
    public void AccordingToAtSentenceEndTakesTheClauseBefore()
    {
        var r = Run("Ticket sales fell by a third, according to the league.");
        var a = r.WithCue("according to");
        Assert.Equal("the league", a.SourceText());
        Assert.Equal("Ticket sales fell by a third", a.ContentText());
    }

    [Fact]
    public void SpeakerColonTranscriptTakesTheRestOfTheParagraph()
    {
        var r = Run("HOST: Where were you that night?\n\nMORALES: At home. I never left.");
        Assert.Equal(2, r.Attributions.Count);
        var second = r.Attributions[1];
        Assert.Equal("MORALES", second.SourceText());
        Assert.Equal(":", second.Cue[0].Text);
        Assert.Equal("At home. I never left.", second.ContentText());
        Assert.Equal(ClaimKind.Direct, second.Kind);
    }

    [Fact]
    public void InsistsIsAnAttributionOfPosition()
    {
        var r = Run("The union insists that the contract is still valid.");
        Assert.Equal("The union", r.WithCue("insists").SourceText());
    }

    [Fact]
    public void RejectingAfterRespondedByIsOneCue()
    {
        var r = Run("Minister Sara Lind responded by flatly rejecting the proposal.");
        var a = r.WithCue("responded by flatly rejecting");
        Assert.Equal("the proposal", a.ContentText());
    }

    [Fact]
    public void WantsWithInfinitiveIsAnAttributionOfIntention()
    {
        var r = Run("The school board wants to hire forty teachers.");
        Assert.Equal("to hire forty teachers", r.WithCue("wants").ContentText());
    }

    [Fact]
    public void BelievesIsAnAttributionOfBelief()
    {
        var r = Run("Dr. Ines Moreau believes the vaccine will be ready in June.");
        var a = r.WithCue("believes");
        Assert.Equal("Dr. Ines Moreau", a.SourceText());
        Assert.Equal("the vaccine will be ready in June", a.ContentText());
    }

    [Fact]
    public void CausativeInfinitivePutsTheSourceBeforeTo()
    {
        var r = Run("The ruling came late, prompting the governor to warn that courts were overloaded.");
        var a = r.WithCue("warn");
        Assert.Equal("the governor", a.SourceText());
    }
}
