using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Api.Reviews.Import;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Tests.Reviews;

[Collection(ApiCollection.Name)]
public sealed class ReviewImportTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task APolitiFactReviewLinksToTheSpeakersStoredClaimThatSaysTheSame()
    {
        var data = new TestData(client);
        var minister = await data.ActorAsync("Minister");
        var claim = await data.ClaimAsync(TestData.Claim((await data.ArticleAsync()).Id, minister.Id));

        var import = await client.ImportAsync(ReviewSamples.Load("politifact.jsonld", data.Tag));

        var imported = Assert.Single(import.Reviews);
        Assert.Equal((1, 0, 0), (import.Created, import.Updated, import.Unchanged));
        Assert.Equal("$", imported.Path);
        Assert.Equal(ImportAction.Created, imported.Action);
        Assert.Equal((claim.Id, ClaimLink.Match, 1.0), (imported.Claim.Id, imported.Claim.Link, imported.Claim.Score!.Value));
        Assert.Equal($"PolitiFact {data.Tag}", imported.Reviewer.Name);
        Assert.True(imported.Reviewer.Created);

        var review = await client.GetFromJsonAsync<ReviewResponse>($"/api/v1/reviews/{imported.ReviewId}", Json.Options);
        Assert.Equal(new ReviewRating(2, 6, 1, "False"), review!.Rating);
        Assert.Equal(Verdict.False, review.Verdict);
        Assert.Equal("Says \"the bridge will reopen in May.\"", review.ClaimReviewed);
        Assert.Equal(new DateOnly(2025, 5, 2), review.PublishedOn);
        Assert.Equal(ReviewOrigin.Import, review.Origin);

        var reviewed = await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{claim.Id}", Json.Options);
        Assert.Equal([Verdict.False], reviewed!.Reviews!.Verdicts);
        var mine = await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/actors/{minister.Id}/claims?reviewed=true&verdict=false", Json.Options);
        Assert.Equal(claim.Id, Assert.Single(mine!.Items).Id);
    }

    [Fact]
    public async Task ImportingTheSameMarkupAgainChangesNothing()
    {
        var data = new TestData(client);
        var markup = ReviewSamples.Load("politifact-feed.jsonld", data.Tag);
        var first = await client.ImportAsync(markup);

        var again = await client.ImportAsync(markup);

        Assert.Equal((2, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(first.Reviews.Select(r => r.ReviewId), again.Reviews.Select(r => r.ReviewId));
        Assert.All(again.Reviews, r => Assert.Equal(ClaimLink.Match, r.Claim.Link));

        var changed = await client.ImportAsync(markup.Replace("\"Half True\"", "\"Mostly True\"", StringComparison.Ordinal).Replace("\"ratingValue\": 4", "\"ratingValue\": 5", StringComparison.Ordinal));
        Assert.Equal((0, 1, 1), (changed.Created, changed.Updated, changed.Unchanged));
        Assert.Equal(Verdict.MostlyTrue, changed.Reviews[1].Verdict);
    }

    [Fact]
    public async Task ClaimsNoOneRecordedAreRecordedWithOriginImportByTheirSpeakerInTheirAppearance()
    {
        var data = new TestData(client);

        var import = await client.ImportAsync(ReviewSamples.Load("politifact-feed.jsonld", data.Tag));

        Assert.Equal(["$[0]", "$[1]"], import.Reviews.Select(r => r.Path));
        Assert.All(import.Reviews, r => Assert.Equal(ClaimLink.Created, r.Claim.Link));
        Assert.Equal([Verdict.False, Verdict.Mixed], import.Reviews.Select(r => r.Verdict));
        var senator = import.Reviews[0].Claim.Speaker!;
        Assert.True(senator.Created);
        Assert.Equal(senator.Id, import.Reviews[1].Claim.Speaker!.Id);
        Assert.Equal(import.Reviews[0].Claim.ArticleId, import.Reviews[1].Claim.ArticleId);

        var claim = await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{import.Reviews[0].Claim.Id}", Json.Options);
        Assert.Equal(ClaimOrigin.Import, claim!.Origin);
        Assert.Equal("Says the tax cut \u201cpaid for itself\u201d in two years.", claim.Content);
        Assert.Equal($"Senator {data.Tag}", claim.Speaker.ActorName);
        Assert.Equal(new ApproximateDateDto(new DateOnly(2025, 3, 8), DatePrecision.Day, null), claim.SaidOn);
        var second = await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{import.Reviews[1].Claim.Id}", Json.Options);
        Assert.Equal(DatePrecision.Month, second!.SaidOn!.Precision);

        var article = await client.GetFromJsonAsync<ArticleResponse>($"/api/v1/articles/{claim.ArticleId}", Json.Options);
        Assert.Equal($"https://video.example/{data.Tag}/senator-town-hall", article!.CanonicalUrl);
        Assert.Equal("Town hall, Des Moines", article.Headline);
        var imported = await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?origin=import&speaker={senator.Id}", Json.Options);
        Assert.Equal(2, imported!.Items.Count);
    }

    [Fact]
    public async Task FullFactsTextOnlyRatingsAreReadFromTheirWordsAndHtmlIsReducedToText()
    {
        var data = new TestData(client);
        var ministry = await data.ActorAsync("Ministry", ActorKind.Government);
        var claim = await data.ClaimAsync(TestData.Claim((await data.ArticleAsync()).Id, ministry.Id, "Repairs to the bridge cost 3 million"));

        var import = await client.ImportAsync(ReviewSamples.Load("fullfact.jsonld", data.Tag));

        var (linked, unattributed) = (import.Reviews[0], import.Reviews[1]);
        Assert.Equal((claim.Id, ClaimLink.Match, 1.0), (linked.Claim.Id, linked.Claim.Link, linked.Claim.Score!.Value));
        Assert.Equal(Verdict.False, linked.Verdict);
        Assert.Equal("Incorrect. The contract puts the repairs at \u00a330 million, not \u00a33 million.", linked.RatingText);
        var review = await client.GetFromJsonAsync<ReviewResponse>($"/api/v1/reviews/{linked.ReviewId}", Json.Options);
        Assert.Equal(new ReviewRating(null, null, null, linked.RatingText), review!.Rating);
        Assert.Equal("Repairs to the bridge cost 3 million.", review.ClaimReviewed);
        Assert.Equal("en-GB", review.Language);

        // No itemReviewed: the claim is recorded by an unnamed source, in an article at the fact check's own address.
        Assert.Equal(Verdict.MostlyTrue, unattributed.Verdict);
        Assert.Equal(ClaimLink.Created, unattributed.Claim.Link);
        Assert.Null(unattributed.Claim.Speaker);
        Assert.True(unattributed.Claim.ArticleCreated);
        var recorded = await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{unattributed.Claim.Id}", Json.Options);
        Assert.Equal(ReviewImporter.UnnamedSource, recorded!.Speaker.Description);
        var page = await client.GetFromJsonAsync<ArticleResponse>($"/api/v1/articles/{recorded.ArticleId}", Json.Options);
        Assert.Equal($"https://fullfact.org/health/{data.Tag}-waiting-lists/", page!.CanonicalUrl);
        Assert.Equal("en", (await client.GetFromJsonAsync<ReviewResponse>($"/api/v1/reviews/{unattributed.ReviewId}", Json.Options))!.Language);
    }

    [Fact]
    public async Task ADataFeedOfDataFeedItemsIsReadWithPrefixedTermsOddDatesAndLanguageNames()
    {
        var data = new TestData(client);
        var minister = await data.ActorAsync("Minister");
        var article = await data.PostAsync<ArticleResponse>("/api/v1/articles", new ArticleRequest
        {
            Headline = "Bridge", CanonicalUrl = $"https://news.example/{data.Tag}/bridge-story", Language = "en", Body = TestData.Body,
        });

        var import = await client.ImportAsync(ReviewSamples.Load("datafeed.jsonld", data.Tag));

        Assert.Equal(["$.dataFeedElement[0].item[0]", "$.dataFeedElement[1]"], import.Reviews.Select(r => r.Path));
        var (spanish, prefixed) = (import.Reviews[0], import.Reviews[1]);
        Assert.Equal(Verdict.Misleading, spanish.Verdict);
        Assert.Equal((ClaimLink.Created, minister.Id, article.Id, false),
            (spanish.Claim.Link, spanish.Claim.Speaker!.Id, spanish.Claim.ArticleId, spanish.Claim.ArticleCreated));
        var claim = await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{spanish.Claim.Id}", Json.Options);
        Assert.Equal(new DateOnly(2025, 5, 1), claim!.SaidOn!.Date);
        var review = await client.GetFromJsonAsync<ReviewResponse>($"/api/v1/reviews/{spanish.ReviewId}", Json.Options);
        Assert.Equal(("es", new DateOnly(2025, 5, 9)), (review!.Language, review.PublishedOn));

        Assert.Equal(Verdict.False, prefixed.Verdict);
        Assert.Equal(spanish.Reviewer.Id, prefixed.Reviewer.Id);
        var plain = await client.GetFromJsonAsync<ReviewResponse>($"/api/v1/reviews/{prefixed.ReviewId}", Json.Options);
        Assert.Equal(("es-AR", new DateOnly(2025, 5, 10)), (plain!.Language, plain.PublishedOn));
    }

    [Fact]
    public async Task AGraphIsSearchedForItsClaimReviewsAndReferencesByIdAreFollowed()
    {
        var data = new TestData(client);

        var import = await client.ImportAsync(ReviewSamples.Load("graph.jsonld", data.Tag));

        var imported = Assert.Single(import.Reviews);
        Assert.Equal("$['@graph'][2]", imported.Path);
        Assert.Equal($"Factual {data.Tag}", imported.Reviewer.Name);
        Assert.Equal(Verdict.True, imported.Verdict);
        Assert.Equal($"Ministry {data.Tag}", imported.Claim.Speaker!.Name);
        var review = await client.GetFromJsonAsync<ReviewResponse>($"/api/v1/reviews/{imported.ReviewId}", Json.Options);
        Assert.Equal(new DateOnly(2025, 5, 6), review!.PublishedOn);
    }

    [Fact]
    public async Task AnExportedClaimReviewImportsBackOntoItsClaimByUrl()
    {
        var data = new TestData(client);
        var reviewer = await data.ActorAsync("Checkers", ActorKind.Organisation);
        var speaker = await data.ActorAsync("Speaker");
        var claim = await data.ClaimAsync(TestData.Claim((await data.ArticleAsync()).Id, speaker.Id));
        var review = await data.PostAsync<ReviewResponse>($"/api/v1/claims/{claim.Id}/reviews",
            new ReviewRequest
            {
                ReviewerId = reviewer.Id, Rating = new ReviewRating(AlternateName: "Misleading"), Url = $"https://checkers.example/{data.Tag}",
                // Google recommends datePublished, so a review without one is exported with the day it was recorded (and
                // would come back with that day); with one, the round trip changes nothing.
                PublishedOn = new DateOnly(2025, 5, 2),
            });
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reviews/{review.Id}");
        request.Headers.Accept.ParseAdd("application/ld+json");
        var markup = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        var import = await client.ImportAsync(markup);

        var imported = Assert.Single(import.Reviews);
        Assert.Equal((claim.Id, ClaimLink.Url, 1.0), (imported.Claim.Id, imported.Claim.Link, imported.Claim.Score!.Value));
        Assert.Equal((ImportAction.Unchanged, review.Id, reviewer.Id), (imported.Action, imported.ReviewId, imported.Reviewer.Id));
    }

    [Fact]
    public async Task ADryRunAnswersWhatTheImportWouldDoAndWritesNothing()
    {
        var data = new TestData(client);

        var dry = await client.ImportAsync(ReviewSamples.Load("politifact-feed.jsonld", data.Tag), dryRun: true);

        Assert.True(dry.DryRun);
        Assert.Equal(2, dry.Created);
        Assert.All(dry.Reviews, r => Assert.Equal(ClaimLink.Created, r.Claim.Link));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reviews/{dry.Reviews[0].ReviewId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/claims/{dry.Reviews[0].Claim.Id}")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<Page<ActorResponse>>($"/api/v1/actors?name=Senator {data.Tag}", Json.Options))!.Items);

        var real = await client.ImportAsync(ReviewSamples.Load("politifact-feed.jsonld", data.Tag));
        Assert.False(real.DryRun);
        Assert.Equal(2, real.Created);
    }

    [Fact]
    public async Task OneUnreadableReviewFailsTheWholeImport()
    {
        var data = new TestData(client);
        var good = ReviewSamples.Load("politifact.jsonld", data.Tag);
        var bad = """{"@type": "ClaimReview", "url": "https://x.example/1", "author": {"name": "X"}, "claimReviewed": "c", "reviewRating": {"ratingValue": 9, "bestRating": 6, "worstRating": 1}}""";

        var response = await client.PostImportAsync($"[{good}, {bad}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$[1].reviewRating"], (await response.ReadProblemAsync()).ErrorFields());
        Assert.Empty((await client.GetFromJsonAsync<Page<ActorResponse>>($"/api/v1/actors?name=PolitiFact {data.Tag}", Json.Options))!.Items);
    }
}
