using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Domain.Tests.Model;

public sealed class ClaimTests
{
    [Fact]
    public void ChainRunsFromOutermostReporterToTheSpeaker()
    {
        var putin = Guid.CreateVersion7();
        var claim = new Claim();

        claim.SetChain(
            [new ChainLink { Description = "MENAFN" }, new ChainLink { Description = "sources familiar with the talks", Cue = "said" }],
            new ChainLink { ActorId = putin, Cue = "reiterated", SpanStart = 10, SpanEnd = 15, CueStart = 16, CueEnd = 26 });

        Assert.Equal([0, 1, 2], claim.Chain.Select(l => l.Position));
        Assert.All(claim.Chain, l => Assert.Equal(claim.Id, l.ClaimId));
        Assert.Equal(putin, claim.SpeakerId);
        Assert.Equal(new TextSpan(10, 15), claim.SpeakerSpan);
        Assert.Equal("reiterated", claim.Cue);
        Assert.Equal(new TextSpan(16, 26), claim.CueSpan);
    }

    [Fact]
    public void AnonymousSpeakerIsKeptAsADescription()
    {
        var claim = new Claim();

        claim.SetChain([], new ChainLink { Description = "officials" });

        Assert.Null(claim.SpeakerId);
        Assert.Equal("officials", claim.SpeakerDescription);
        Assert.Single(claim.Chain);
    }

    [Fact]
    public void ClaimsSortByWhenSaidThenByTheArticlesDate()
    {
        var published = new DateTime(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc);
        var said = new Claim { SaidOn = new DateOnly(2025, 3, 1) };
        var unsaid = new Claim();

        said.RefreshSortKey(published);
        unsaid.RefreshSortKey(published);

        Assert.Equal(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, said.SortKey);
        Assert.Equal(published.Ticks, unsaid.SortKey);
    }

    [Fact]
    public void SubjectsAreDistinct()
    {
        var russia = Guid.CreateVersion7();
        var claim = new Claim();

        claim.SetSubjects([russia, russia]);

        Assert.Equal(russia, Assert.Single(claim.Subjects).ActorId);
    }

    [Theory]
    [InlineData(0, 5, true)]
    [InlineData(3, 10, true)]
    [InlineData(3, 11, false)]
    [InlineData(-1, 2, false)]
    [InlineData(4, 4, false)]
    public void SpanFitsOnlyInsideTheText(int start, int end, bool fits) =>
        Assert.Equal(fits, new TextSpan(start, end).FitsIn("0123456789"));
}
