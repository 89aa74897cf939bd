using NewsroomClaims.Domain.Extraction;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class NestingTests
{
    [Fact]
    public void AttributionInsideAnotherContentIsReportedByIt()
    {
        var r = Run("Aides said the senator believes that the bill is dead.");
        var outer = r.WithCue("said");
        var inner = r.WithCue("believes");
        Assert.Equal(outer.Id, inner.ReportedBy);
        Assert.Null(outer.ReportedBy);
    }

    [Fact]
    public void ParagraphOpeningAccordingToGovernsLaterSentences()
    {
        var r = Run("According to the Valley Courier, the mayor met the investors. People close to the talks say the deal is near.\n\nThe council said nothing.");
        var frame = r.WithCue("According to");
        Assert.Equal(frame.Id, r.WithCue("say").ReportedBy);
        Assert.Null(r.WithCue("said").ReportedBy);
    }

    [Fact]
    public void ChainRunsFromPublisherThroughReportersToSpeaker()
    {
        var text = "According to the Valley Courier, the port will be sold. Sources close to the sale said the buyer insists that the workers stay.";
        var r = Run(text, new ExtractionOptions(Publisher: "Daily Ledger"));
        var inner = r.WithCue("insists");
        var chain = r.ChainOf(inner);
        Assert.Equal(["Daily Ledger", "Valley Courier", "Sources close to the sale", "the buyer"], chain.Select(c => c.Name));
        Assert.True(chain[0].IsPublisher);
        Assert.Null(chain[0].AttributionId);
        Assert.Equal(inner.Id, chain[^1].AttributionId);
    }

    [Fact]
    public void ChainWithoutPublisherStartsAtTheOutermostReporter()
    {
        var r = Run("Aides said the senator believes that the bill is dead.");
        var chain = r.ChainOf(r.WithCue("believes"));
        Assert.Equal(2, chain.Count);
        Assert.False(chain[0].IsPublisher);
    }

    [Fact]
    public void IdsFollowTextOrder()
    {
        var r = Run("Ana Ruiz said the road is closed. Then Ben Ode said it is open. Carla Mendez said nobody knows.");
        Assert.Equal(["a1", "a2", "a3"], r.Attributions.Select(a => a.Id));
        Assert.True(r.Attributions.Zip(r.Attributions.Skip(1)).All(p => p.First.Cue[0].Start < p.Second.Cue[0].Start));
    }
}
