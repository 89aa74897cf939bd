using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class NounCueTests
{
    [Fact]
    public void PossessiveNounCueWithThatClauseIsAnAttribution()
    {
        var r = Run("Reporters questioned Mayor Ana Ruiz’s claim that the budget was balanced.");
        var a = r.WithCue("claim");
        Assert.Equal("Mayor Ana Ruiz’s", a.SourceText());
        Assert.Equal("that the budget was balanced", a.ContentText());
    }

    [Fact]
    public void PronounPossessorIsTheSourceOfANounCue()
    {
        var r = Run("Critics mocked his insistence that the bridge was safe.");
        var a = r.WithCue("insistence");
        Assert.Equal("his", a.SourceText());
        Assert.Equal("that the bridge was safe", a.ContentText());
    }

    [Fact]
    public void NounCueWithByAgentTakesTheAgentAsSource()
    {
        var r = Run("The warning by Senator Cruz that the deal would fail went unheeded.");
        var a = r.WithCue("warning");
        Assert.Equal("Senator Cruz", a.SourceText());
        Assert.StartsWith("that the deal would fail", a.ContentText(), StringComparison.Ordinal);
    }

    [Fact]
    public void NounCueWithoutThatClauseIsNotAnAttribution()
    {
        var r = Run("Voters ignored the mayor’s insistence on a new budget.");
        Assert.DoesNotContain(r.Attributions, a => a.Cue.Any(c => c.Text == "insistence"));
    }
}
