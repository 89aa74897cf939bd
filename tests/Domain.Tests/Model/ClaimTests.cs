using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Domain.Tests.Model;

public sealed class ClaimTests
{
    private static readonly DateTime Published = new(2025, 4, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ArticleText Article = new(Guid.CreateVersion7(), 100, Published);

    private static ClaimDraft Draft(LinkDraft? speaker = null) => new("the bridge will reopen", ClaimKind.Indirect, speaker ?? new LinkDraft(null, "officials"));

    [Fact]
    public void ChainRunsFromOutermostReporterToTheSpeaker()
    {
        var putin = Guid.CreateVersion7();

        var claim = Claim.Create(Article, Draft(new LinkDraft(putin, Span: new TextSpan(10, 15), Cue: "reiterated", CueSpan: new TextSpan(16, 26))) with
        {
            ReportedBy = [new LinkDraft(null, "MENAFN"), new LinkDraft(null, "sources familiar with the talks", Cue: "said")],
        });

        Assert.Equal([0, 1, 2], claim.Chain.Select(l => l.Position));
        Assert.All(claim.Chain, l => Assert.Equal(claim.Id, l.ClaimId));
        Assert.Equal(putin, claim.Chain[^1].ActorId);
        Assert.Equal(putin, claim.SpeakerId);
        Assert.Equal(new TextSpan(10, 15), claim.SpeakerSpan);
        Assert.Equal("reiterated", claim.Cue);
        Assert.Equal(new TextSpan(16, 26), claim.CueSpan);
    }

    [Fact]
    public void AnonymousSpeakerIsKeptAsADescription()
    {
        var claim = Claim.Create(Article, Draft());

        Assert.Null(claim.SpeakerId);
        Assert.Equal("officials", claim.SpeakerDescription);
        Assert.Single(claim.Chain);
    }

    [Fact]
    public void ClaimsSortByWhenSaidThenByTheArticlesDate()
    {
        var said = Claim.Create(Article, Draft() with { SaidOn = new ApproximateDate(new DateOnly(2025, 3, 1)) });
        var unsaid = Claim.Create(Article, Draft());

        Assert.Equal(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, said.SortKey);
        Assert.Equal(Published.Ticks, unsaid.SortKey);
    }

    [Fact]
    public void SubjectsAreDistinct()
    {
        var russia = Guid.CreateVersion7();

        var claim = Claim.Create(Article, Draft() with { About = [russia, russia] });

        Assert.Equal(russia, Assert.Single(claim.Subjects).ActorId);
    }

    [Theory]
    [InlineData(90, 101)]
    [InlineData(-1, 5)]
    [InlineData(5, 5)]
    public void ASpanOutsideTheArticleBodyIsRefused(int start, int end)
    {
        Assert.Throws<ClaimRuleException>(() => Claim.Create(Article, Draft() with { ContentSpan = new TextSpan(start, end) }));
        Assert.Throws<ClaimRuleException>(() => Claim.Create(Article, Draft(new LinkDraft(null, "aides", CueSpan: new TextSpan(start, end)))));
    }

    [Fact]
    public void ALinkWithoutActorOrDescriptionIsRefused() =>
        Assert.Throws<ClaimRuleException>(() => Claim.Create(Article, Draft() with { ReportedBy = [new LinkDraft(null, " ")] }));

    [Fact]
    public void ARevisionByAPersonMakesAnEngineClaimTheirsAndMovesItsVersion()
    {
        var claim = Claim.Create(Article, Draft(), ClaimOrigin.Engine);
        var version = claim.Version;

        claim.Revise(Article, Draft(new LinkDraft(null, "aides")) with { Content = "the bridge stays shut" });

        Assert.Equal(ClaimOrigin.Person, claim.Origin);
        Assert.Equal("the bridge stays shut", claim.Content);
        Assert.Equal("aides", claim.Chain[^1].Description);
        Assert.NotEqual(version, claim.Version);
    }

    [Fact]
    public void ARetractedClaimNoLongerChanges()
    {
        var claim = Claim.Create(Article, Draft());
        claim.Retract("misattributed");

        Assert.True(Assert.Throws<ClaimRuleException>(() => claim.Revise(Article, Draft())).IsConflict);
        Assert.True(Assert.Throws<ClaimRuleException>(() => claim.Retract("again")).IsConflict);
        Assert.Equal("misattributed", claim.RetractionReason);
    }

    [Fact]
    public void AClaimReadsBackAsTheDraftThatWouldRecreateIt()
    {
        var draft = Draft(new LinkDraft(Guid.CreateVersion7(), Cue: "said")) with
        {
            ReportedBy = [new LinkDraft(null, "wire")],
            Cue = "said",
            Topics = ["bridges"],
            About = [Guid.CreateVersion7()],
            ContentSpan = new TextSpan(1, 9),
        };

        var again = Claim.Create(Article, Claim.Create(Article, draft).ToDraft());

        Assert.Equal(draft.Content, again.Content);
        Assert.Equal(draft.ContentSpan, again.ContentSpan);
        Assert.Equal(draft.Speaker.ActorId, again.SpeakerId);
        Assert.Equal(["wire", null], again.Chain.Select(l => l.Description));
        Assert.Equal(draft.About, again.Subjects.Select(s => s.ActorId));
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
