using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Domain.Tests.Reviews;

public sealed class VerdictTests
{
    [Theory]
    [InlineData("Pants on Fire!", Verdict.False)]
    [InlineData("False", Verdict.False)]
    [InlineData("Mostly False", Verdict.Misleading)]
    [InlineData("Half True", Verdict.Mixed)]
    [InlineData("Half-True", Verdict.Mixed)]
    [InlineData("Mostly True", Verdict.MostlyTrue)]
    [InlineData("True", Verdict.True)]
    [InlineData("Full Flop", Verdict.Unrated)]
    public void PolitiFactsTruthOMeterReadsAsItsVerdict(string rating, Verdict verdict) => Assert.Equal(verdict, Verdicts.FromText(rating));

    [Theory]
    [InlineData("Incorrect. The figure is 5%, not 50%.", Verdict.False)]
    [InlineData("This is not true: the law was never passed.", Verdict.False)]
    [InlineData("Correct.", Verdict.True)]
    [InlineData("Correct, but the rise began before the policy.", Verdict.MostlyTrue)]
    [InlineData("This is misleading. The survey asked a different question.", Verdict.Misleading)]
    [InlineData("Not quite. Prices rose by 3%, not 5%.", Verdict.Misleading)]
    [InlineData("This is an exaggeration.", Verdict.Misleading)]
    [InlineData("There's no evidence for this.", Verdict.Unrated)]
    [InlineData("Incorrect. The right figure is 12%.", Verdict.False)]
    [InlineData("It isn't true, but the rate did rise.", Verdict.False)]
    public void FullFactsSentencesReadAsTheirVerdict(string rating, Verdict verdict) => Assert.Equal(verdict, Verdicts.FromText(rating));

    [Theory]
    [InlineData("Faux", Verdict.False)]
    [InlineData("Engañoso", Verdict.Misleading)]
    [InlineData("Falso", Verdict.False)]
    [InlineData("Verdadero", Verdict.True)]
    [InlineData("Four Pinocchios", Verdict.False)]
    [InlineData("Two Pinocchios", Verdict.Mixed)]
    [InlineData("Missing context", Verdict.Misleading)]
    [InlineData("Satire", Verdict.Unrated)]
    public void OtherReviewersWordsAreKnownToo(string rating, Verdict verdict) => Assert.Equal(verdict, Verdicts.FromText(rating));

    [Theory]
    [InlineData(1, Verdict.False)]
    [InlineData(2, Verdict.False)]
    [InlineData(3, Verdict.Misleading)]
    [InlineData(4, Verdict.Mixed)]
    [InlineData(5, Verdict.MostlyTrue)]
    [InlineData(6, Verdict.True)]
    public void WithoutKnownWordsTheValuesPlaceOnItsScaleDecides(int value, Verdict verdict) =>
        Assert.Equal(verdict, Verdicts.Of(new Rating(value, Best: 6, Worst: 1, Text: "Rating " + value)));

    [Fact]
    public void AScaleMayRunFromBestToWorst() =>
        Assert.Equal(Verdict.False, Verdicts.Of(new Rating(6, Best: 1, Worst: 6)));

    [Fact]
    public void AValueWithoutItsScaleIsOnSchemaOrgsDefaultOneToFive() =>
        Assert.Equal(Verdict.MostlyTrue, Verdicts.Of(new Rating(4)));

    [Fact]
    public void TheWordsWinOverTheValue() =>
        Assert.Equal(Verdict.False, Verdicts.Of(new Rating(6, Best: 6, Worst: 1, Text: "Pants on Fire!")));

    [Fact]
    public void NeitherKnownWordsNorAValueOnItsScaleIsUnrated()
    {
        Assert.Equal(Verdict.Unrated, Verdicts.Of(new Rating(Text: "Blue")));
        Assert.Equal(Verdict.Unrated, Verdicts.Of(new Rating(9, Text: "Nine")));
    }

    [Fact]
    public void AReviewKeepsItsVerdictInStepWithItsRating()
    {
        var review = Review.Create(Guid.NewGuid(), new ReviewDraft(Guid.NewGuid(), new Rating(Text: "False")));
        Assert.Equal(Verdict.False, review.Verdict);

        review.Revise(review.ToDraft() with { Rating = new Rating(Text: "Mostly true") });

        Assert.Equal(Verdict.MostlyTrue, review.Verdict);
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(7.0, 6.0, 1.0, null)]
    [InlineData(3.0, 2.0, 2.0, "x")]
    public void ARatingWithoutValueAndWordsOrOffItsScaleIsRefused(double? value, double? best, double? worst, string? text) =>
        Assert.Throws<ReviewRuleException>(() => Review.Create(Guid.NewGuid(),
            new ReviewDraft(Guid.NewGuid(), new Rating((decimal?)value, (decimal?)best, (decimal?)worst, text))));

    [Fact]
    public void AReImportOfTheSameWordsChangesNothing()
    {
        var draft = new ReviewDraft(Guid.NewGuid(), new Rating(2, 6, 1, " False "), Url: "https://factcheck.example/1");
        var review = Review.Create(Guid.NewGuid(), draft);

        Assert.True(review.Says(draft));
        Assert.False(review.Says(draft with { Summary = "new" }));
    }
}
