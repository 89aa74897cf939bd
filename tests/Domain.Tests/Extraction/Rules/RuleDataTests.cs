using System.Runtime.CompilerServices;
using NewsroomClaims.Domain.Extraction;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Tests.Extraction.Rules;

/// <summary>The data files behind the rules: they are embedded, parse, and feed the lexicons the rules read.</summary>
public class RuleDataTests
{
    [Fact]
    public void TheLexiconsAndThresholdsAreEmbeddedInTheAssembly()
    {
        Assert.Equal(new[] { "cues.txt", "thresholds.txt", "words.txt" }, RuleData.FileNames);
    }

    [Fact]
    public void EveryRuleTypeFindsEveryListAndNumberItReads()
    {
        // Rule types read their data in static initialisers; a missing section or key fails here, not mid-request.
        var types = typeof(RuleSet).Assembly.GetTypes().Where(t => t.Namespace == typeof(RuleSet).Namespace && !t.IsGenericTypeDefinition);
        foreach (var type in types)
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }

        Assert.NotEmpty(RuleSet.Default.Propose(new TextDocument("Smith said the plan works.")));
    }

    [Fact]
    public void RegularLemmasGiveEveryFormAndNounLikeLemmasOnlyTheirVerbForms()
    {
        Assert.True(CueLexicon.TryGet("argues", out var argues) && argues == CueClass.Speech);
        Assert.True(CueLexicon.TryGet("ARGUED", out _));
        Assert.True(CueLexicon.TryGet("stated", out var stated) && stated == CueClass.Speech);
        Assert.False(CueLexicon.TryGet("state", out _));
        Assert.False(CueLexicon.TryGet("states", out _));
        Assert.True(CueLexicon.TryGet("told", out var told) && told == CueClass.Tell);
    }

    [Fact]
    public void WordSetsMatchWordsWhateverTheirCase()
    {
        Assert.True(WordSets.ClauseOpeners.Contains("However"));
        Assert.True(WordSets.CueAuxiliaries.Contains("didn’t"));
        Assert.False(WordSets.SubjectPronouns.Contains("Smith"));
    }

    [Fact]
    public void ThresholdsAreReadAsNumbersAndWholeCounts()
    {
        Assert.Equal(0.9, RuleData.Number("according-to.score"));
        Assert.Equal(20, RuleData.Count("according-to.max-source-tokens"));
        Assert.Throws<InvalidDataException>(() => RuleData.Count("according-to.score"));
        Assert.Throws<InvalidDataException>(() => RuleData.Number("according-to.no-such-key"));
    }

    [Fact]
    public void CommentsAndBlankLinesAreIgnoredAndSectionsKeepTheirOrder()
    {
        var file = Parse("# heading\n\n[verbs]  # why these\nsay says   # present\n said\n[pairs]\ntalk talks : about\n");

        Assert.Equal(new[] { "say", "says", "said" }, file.Words("verbs"));
        var pair = Assert.Single(file.Pairs("pairs"));
        Assert.Equal(new[] { "talk", "talks" }, pair.Left);
        Assert.Equal(new[] { "about" }, pair.Right);
    }

    [Theory]
    [InlineData("say\n[verbs]\n", "line 1")]
    [InlineData("[verbs]\nsay\n[verbs]\n", "line 3")]
    [InlineData("[]\n", "line 1")]
    public void AMalformedFileIsRefusedWithItsLine(string text, string where)
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse(text));

        Assert.Contains("test.txt, " + where, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordListedTwiceInOneSectionIsRefused()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("[verbs]\nsay\nsays SAY\n").Words("verbs"));

        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThresholdLineWithoutANumberIsRefused()
    {
        Assert.Throws<InvalidDataException>(() => Parse("[rule]\nscore = high\n").Number("rule.score"));
    }

    [Fact]
    public void AVerbFormUnderTwoCueClassesIsRefused()
    {
        var file = Parse("""
            [speech-verbs]
            said
            [speech-lemmas]
            [speech-lemmas-ed-ing]
            [tell-verbs]
            [belief-verbs]
            said
            [intent-verbs]
            [stance-verbs]
            """);

        var e = Assert.Throws<InvalidDataException>(() => CueLexicon.Build(file));

        Assert.Contains("'said'", e.Message, StringComparison.Ordinal);
    }

    private static RuleDataFile Parse(string text) => RuleDataFile.Parse("test.txt", new StringReader(text));
}
