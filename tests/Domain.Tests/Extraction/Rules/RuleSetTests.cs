using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Tests.Extraction.Rules;

/// <summary>Rules propose without side effects, the set orders them, and the report scores them.</summary>
public class RuleSetTests
{
    private const string Text = "“We will win,” Smith said. Jones told reporters that the plan works, adding that costs fall.";

    [Fact]
    public void EveryDraftNamesTheRuleThatProposedIt()
    {
        var drafts = AttributionExtractor.FindDrafts(new TextDocument(Text));

        Assert.Equal(new[] { "trailing-cue", "leading-cue", "participle" }, drafts.Select(d => d.RuleId));
    }

    [Fact]
    public void ProposingTwiceGivesTheSameCandidatesBecauseRulesKeepNoState()
    {
        var doc = new TextDocument(Text);

        var first = RuleSet.Default.Propose(doc);
        var second = RuleSet.Default.Propose(doc);

        Assert.Equal(first.Select(Describe), second.Select(Describe));
    }

    [Fact]
    public void RulesSharingATierAreInterleavedLeftToRight()
    {
        var candidates = RuleSet.Default.Propose(new TextDocument("Jones said the plan works, adding that costs fall, and warned that taxes rise."));

        Assert.Equal(new[] { "leading-cue", "participle", "coordinated-verb" }, candidates.Select(c => c.RuleId));
    }

    [Fact]
    public void LeavingARuleOutRemovesOnlyItsCandidates()
    {
        var doc = new TextDocument(Text);

        var without = RuleSet.Default.Without("participle").FindDrafts(doc);

        Assert.Equal(new[] { "trailing-cue", "leading-cue" }, without.Select(d => d.RuleId));
        Assert.DoesNotContain("participle", RuleSet.Default.Without("participle").Rules.Select(r => r.Id));
    }

    [Fact]
    public void TwoRulesWithOneIdAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new RuleSet([[new AskedRule()], [new AskedRule()]]));
    }

    [Fact]
    public void TheReportCreditsEachCorrectAttributionToItsRuleAndAblatesEachRule()
    {
        var gold = new GoldAttribution([Find("Smith")], [Find("said")], [Find("“We will win,”")]);
        var corpus = new[] { new GoldDocument("one", Text, [gold]) };

        var figures = RuleEvaluation.PerRule(corpus).ToDictionary(f => f.RuleId);
        var ablation = RuleEvaluation.Ablate(corpus);

        Assert.Equal((1, 1, 100.0), (figures["trailing-cue"].Kept, figures["trailing-cue"].Correct, figures["trailing-cue"].Recall));
        Assert.Equal(0, figures["leading-cue"].Correct);
        Assert.Null(ablation[0].WithoutRule);
        Assert.Equal(1, ablation[0].Scores.Matched);
        Assert.Equal(0, ablation.Single(a => a.WithoutRule == "trailing-cue").Scores.Matched);
        Assert.Equal(RuleEvaluation.RuleIds.Count + 1, ablation.Count);
    }

    private static (int, int) Find(string s) => (Text.IndexOf(s, StringComparison.Ordinal), Text.IndexOf(s, StringComparison.Ordinal) + s.Length);

    private static string Describe(Candidate c) =>
        $"{c.RuleId} {c.Anchor} {c.CueFirst}-{c.CueLast} {c.SourceFirst}-{c.SourceLast} {string.Join(",", c.Content)} {c.Score}";
}
