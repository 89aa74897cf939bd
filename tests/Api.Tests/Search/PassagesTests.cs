using NewsroomClaims.Api.Search;

namespace NewsroomClaims.Api.Tests.Search;

public sealed class PassagesTests
{
    private const string S = Snippets.Start;
    private const string E = Snippets.Stop;

    [Fact]
    public void EveryFormOfAQueryWordIsMarkedAndNothingElse()
    {
        var passage = Passages.Cut("Talks", "Ministers reopened the budget; the minister's reopening failed. Mining went on.", ["minist", "reopen"]);

        Assert.Equal($"{S}Ministers{E} {S}reopened{E} the budget; the {S}minister{E}'s {S}reopening{E} failed. Mining went on.", passage);
    }

    [Fact]
    public void WordsTheStemmerChangesAtTheEndAreMarked()
    {
        var passage = Passages.Cut("", "Policy and policies, an economy of economies.", ["polici", "economi"]);

        Assert.Equal($"{S}Policy{E} and {S}policies{E}, an {S}economy{E} of {S}economies{E}.", passage);
    }

    [Fact]
    public void TheTitleIsUsedWhenTheBodyHasNoneOfTheWords()
    {
        var passage = Passages.Cut("Ceasefire holds in the north", "Nothing about it here.", ["ceasefir"]);

        Assert.Equal($"{S}Ceasefire{E} holds in the north", passage);
    }

    [Fact]
    public void ALongTextIsCutAroundTheMatchWithEllipses()
    {
        var body = Filler(100) + " the verdict came late " + Filler(100);

        var passage = Passages.Cut("", body, ["verdict"]);

        Assert.StartsWith($"… w97 w98 w99 the {S}verdict{E} came late w0 ", passage);
        Assert.Matches(@" w\d+ …$", passage);
        Assert.Equal(Passages.MaxWords, passage.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w != "…"));
    }

    [Fact]
    public void WordsFarApartGetOnePassageEachInTextOrder()
    {
        var body = "drought " + Filler(200) + " harvest " + Filler(200);

        var passage = Passages.Cut("", body, ["harvest", "drought"]);

        var parts = passage.Split(" … ");
        Assert.Equal(2, parts.Length);
        Assert.StartsWith($"{S}drought{E} w0", parts[0]);
        Assert.Contains($"{S}harvest{E}", parts[1]);
        Assert.EndsWith(" …", passage);
    }

    [Fact]
    public void WithoutAnyMatchTheTextStartIsShown()
    {
        Assert.Equal("A short title", Passages.Cut("A short title", "", ["zebra"]));
        Assert.Equal("", Passages.Cut("", "", ["zebra"]));
    }

    private static string Filler(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i => $"w{i}"));
}
