using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Tests.Extraction.Rules;

/// <summary>The resolver alone, fed hand-made candidates, so each overlap decision is checked without the rules.</summary>
public class CandidateResolverTests
{
    private static readonly TextDocument Doc = new("Smith said the plan works, adding that costs fall. Reuters reported that it was sold.");

    [Fact]
    public void AnAcceptedCandidateBecomesADraftWithItsRuleIdAndScore()
    {
        var draft = Assert.Single(CandidateResolver.Resolve(Doc, [Leading("said", source: ("Smith", "Smith"), content: ("the", "works"))]));

        Assert.Equal("leading-cue", draft.RuleId);
        Assert.Equal(0.85, draft.Confidence);
        Assert.Equal((At("said"), At("said")), (draft.CueFirst, draft.CueLast));
        Assert.Equal((At("Smith"), At("Smith")), (draft.SourceFirst, draft.SourceLast));
        Assert.Equal(new[] { (At("the"), At("works")) }, draft.Content);
    }

    [Fact]
    public void ACandidateWhoseAnchorAnEarlierCueCoversIsDropped()
    {
        // The first candidate's cue runs over "said"; a later one keyed on "said" cannot use that word again.
        var wide = Leading("Smith", source: ("Smith", "Smith"), content: ("the", "works"), cue: ("Smith", "said"), rule: "transcript");
        var drafts = CandidateResolver.Resolve(Doc, [wide, Leading("said", source: ("Smith", "Smith"), content: ("the", "works"))]);

        Assert.Equal("transcript", Assert.Single(drafts).RuleId);
    }

    [Fact]
    public void ACueOverlappingAnEarlierOneOnlyOutsideItsAnchorIsKept()
    {
        // Only the anchor is reserved against: "has said" after an accepted "has" cue is still a cue.
        var first = Leading("said", source: ("Smith", "Smith"), content: ("the", "works"));
        var second = Leading("the", source: ("Smith", "Smith"), content: ("plan", "works"), cue: ("said", "the"));

        Assert.Equal(2, CandidateResolver.Resolve(Doc, [first, second]).Count);
    }

    [Fact]
    public void ATranscriptReservesItsSpeakerLabelAgainstLaterCues()
    {
        var transcript = Leading("said", source: ("Smith", "Smith"), content: ("the", "works"), rule: "transcript") with { ReservesSource = true };
        var keyedOnLabel = Leading("Smith", source: ("the", "plan"), content: ("costs", "fall"));

        Assert.Equal("transcript", Assert.Single(CandidateResolver.Resolve(Doc, [transcript, keyedOnLabel])).RuleId);
    }

    [Fact]
    public void AParticipleBorrowsTheSourceAcceptedJustBeforeItInTheSentence()
    {
        var said = Leading("said", source: ("Smith", "Smith"), content: ("the", "works"));
        var adding = Leading("adding", source: ("plan", "plan"), content: ("that", "fall"), rule: "participle") with { SharesPreviousSource = true };

        var borrowed = CandidateResolver.Resolve(Doc, [said, adding])[1];

        Assert.Equal((At("Smith"), At("Smith")), (borrowed.SourceFirst, borrowed.SourceLast));
    }

    [Fact]
    public void WithNothingToBorrowAParticipleKeepsItsOwnFallbackSource()
    {
        var adding = Leading("adding", source: ("plan", "plan"), content: ("that", "fall"), rule: "participle") with { SharesPreviousSource = true };

        var draft = Assert.Single(CandidateResolver.Resolve(Doc, [adding]));

        Assert.Equal((At("plan"), At("plan")), (draft.SourceFirst, draft.SourceLast));
    }

    [Fact]
    public void AParticipleWithNeitherABorrowedNorAFallbackSourceIsDropped()
    {
        var adding = Leading("adding", source: null, content: ("that", "fall"), rule: "participle") with { SharesPreviousSource = true };

        Assert.Empty(CandidateResolver.Resolve(Doc, [adding]));
    }

    [Fact]
    public void BorrowingNeverReachesIntoAnEarlierSentence()
    {
        var said = Leading("said", source: ("Smith", "Smith"), content: ("the", "works"));
        var next = Leading("reported", source: null, content: ("it", "sold"), sentence: 1) with { SharesPreviousSource = true };

        Assert.Single(CandidateResolver.Resolve(Doc, [said, next]));
    }

    [Fact]
    public void ADroppedCandidateIsNotBorrowedFrom()
    {
        var said = Leading("said", source: ("Smith", "Smith"), content: ("the", "works"));
        var blocked = Leading("said", source: ("plan", "plan"), content: ("costs", "fall"), rule: "noun-cue");
        var adding = Leading("adding", source: null, content: ("that", "fall"), rule: "participle") with { SharesPreviousSource = true };

        var drafts = CandidateResolver.Resolve(Doc, [said, blocked, adding]);

        Assert.Equal(new[] { "leading-cue", "participle" }, drafts.Select(d => d.RuleId));
        Assert.Equal(At("Smith"), drafts[1].SourceFirst);
    }

    [Fact]
    public void ASourceThatJoinsTheContentLeavesTheAttributionUnnamed()
    {
        var seemed = Leading("works", source: ("the", "plan"), content: ("costs", "fall")) with { SourceJoinsContent = true };

        var draft = Assert.Single(CandidateResolver.Resolve(Doc, [seemed]));

        Assert.False(draft.HasSource);
        Assert.Equal(new[] { (At("the"), At("plan")), (At("costs"), At("fall")) }, draft.Content);
    }

    [Fact]
    public void AnExpletiveItIsDroppedRatherThanJoiningTheContent()
    {
        var passive = Leading("sold", source: ("it", "it"), content: ("sold", "sold"), sentence: 1) with { SourceJoinsContent = true };

        var draft = Assert.Single(CandidateResolver.Resolve(Doc, [passive]));

        Assert.Equal(new[] { (At("sold"), At("sold")) }, draft.Content);
    }

    [Fact]
    public void AReportByANewsOutletFramesWhatFollowsAndOneByAPersonDoesNot()
    {
        var outlet = Leading("reported", source: ("Reuters", "Reuters"), content: ("it", "sold"), sentence: 1) with { FrameIfOutlet = true };
        var person = Leading("said", source: ("Smith", "Smith"), content: ("the", "works")) with { FrameIfOutlet = true };

        var drafts = CandidateResolver.Resolve(Doc, [person, outlet]);

        Assert.Equal(new[] { false, true }, drafts.Select(d => d.IsFrame));
    }

    internal static int At(string word) => Array.FindIndex(Doc.Tokens, t => t.In(Doc.Text).SequenceEqual(word));

    private static Candidate Leading(
        string anchor,
        (string First, string Last)? source,
        (string First, string Last) content,
        (string First, string Last)? cue = null,
        string rule = "leading-cue",
        int sentence = 0) => new()
        {
            RuleId = rule,
            Score = 0.85,
            Sentence = sentence,
            Anchor = At(anchor),
            CueFirst = At(cue?.First ?? anchor),
            CueLast = At(cue?.Last ?? anchor),
            SourceFirst = source is { } s ? At(s.First) : -1,
            SourceLast = source is { } s2 ? At(s2.Last) : -1,
            Content = [(At(content.First), At(content.Last))],
        };
}
