using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Domain.Tests.Matching;

public sealed class SentencesTests
{
    [Fact]
    public void AOneSentenceContentHasNoPartsOfItsOwn() =>
        Assert.Empty(Sentences.Of("any peace agreement must include official recognition of the four regions"));

    [Fact]
    public void SentencesAndJoinedQuotesAreSplitAndShortOnesJoinTheirNeighbour()
    {
        var parts = Sentences.Of("“The unfairness of the tax laws is unbelievable,” “It’s something I’ve been talking about for a long time.” Believe me. I am working for you now.");

        Assert.Equal(
            ["“The unfairness of the tax laws is unbelievable,”", "“It’s something I’ve been talking about for a long time.”", "Believe me. I am working for you now."],
            parts);
    }
}
