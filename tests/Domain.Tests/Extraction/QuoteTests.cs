using NewsroomClaims.Domain.Claims;
using static NewsroomClaims.Domain.Tests.Extraction.ExtractionAssertions;

namespace NewsroomClaims.Domain.Tests.Extraction;

public class QuoteTests
{
    [Fact]
    public void CurlyQuoteFollowedBySaidNameIsDirectAttribution()
    {
        var r = Run("“The bridge will open in May,” said Mara Lindqvist, the city engineer.");
        var a = r.WithCue("said");
        Assert.Equal("“The bridge will open in May,”", a.ContentText());
        Assert.Equal("Mara Lindqvist, the city engineer", a.SourceText());
        Assert.Equal(ClaimKind.Direct, a.Kind);
    }

    [Fact]
    public void StraightQuoteFollowedByPronounAndCueIsDirectAttribution()
    {
        var r = Run("The mayor spoke briefly.\n\n\"We have no more money for roads,\" she said.");
        var a = r.WithCue("said");
        Assert.Equal("\"We have no more money for roads,\"", a.ContentText());
        Assert.Equal("she", a.SourceText());
    }

    [Fact]
    public void QuoteSplitAroundCueIsOneAttributionWithTwoContentSpans()
    {
        var r = Run("“The ferry is late again,” he said, “and nobody tells us why.”");
        Assert.True(r.Attributions.Count == 1, Describe(r));
        var a = Assert.Single(r.Attributions);
        Assert.Equal(2, a.Content.Count);
        Assert.Equal("“The ferry is late again,”", a.Content[0].Text);
        Assert.Equal("“and nobody tells us why.”", a.Content[1].Text);
    }

    [Fact]
    public void QuoteResumedInTheNextSentenceJoinsTheSameAttribution()
    {
        var r = Run("\"This is a strange season,\" Coach Ilse Varga said. \"We lose at home and win away.\"");
        var a = r.WithCue("said");
        Assert.Equal(2, a.Content.Count);
        Assert.Equal("\"We lose at home and win away.\"", a.Content[1].Text);
    }

    [Fact]
    public void QuoteRunningOverParagraphsKeepsEveryParagraphAsContent()
    {
        var text = "Tomas Brecht said: “The orchard was my father’s.\n\n“He planted every tree himself.\n\n“I will not sell it.”";
        var r = Run(text);
        var a = r.WithCue("said:");
        Assert.Equal(3, a.Content.Count);
        Assert.StartsWith("“The orchard", a.Content[0].Text);
        Assert.Equal("“I will not sell it.”", a.Content[2].Text);
        Assert.Equal(ClaimKind.Direct, a.Kind);
    }

    [Fact]
    public void CueBeforeQuoteWithCommaTakesTheWholeQuotation()
    {
        var r = Run("Later the minister added, “We will review every contract.”");
        var a = r.WithCue("added");
        Assert.Equal("“We will review every contract.”", a.ContentText());
        Assert.Equal("the minister", a.SourceText());
    }

    [Fact]
    public void ParaphraseWithQuotedFragmentIsMixed()
    {
        var r = Run("Senator Ruth Obi warned that the farm bill could “ruin small growers” next year.");
        var a = r.WithCue("warned");
        Assert.Equal(ClaimKind.Mixed, a.Kind);
        Assert.Equal("that the farm bill could “ruin small growers” next year", a.ContentText());
        Assert.Equal("Senator Ruth Obi", a.SourceText());
    }

    [Fact]
    public void FirstPersonPhrasesInsideAQuoteAreNotSeparateAttributions()
    {
        var r = Run("“I think we can win this,” said Dana Holt.");
        Assert.Single(r.Attributions);
    }
}
