using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Reviews;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Tests.Reviews;

[Collection(ApiCollection.Name)]
public sealed class ReviewsTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private sealed record Reviewed(TestData Data, Guid Reviewer, ClaimResponse Claim);

    private async Task<Reviewed> ClaimAsync(string reviewer = "Fact Desk")
    {
        var data = new TestData(client);
        var checker = await data.ActorAsync(reviewer, ActorKind.Organisation);
        var speaker = await data.ActorAsync("Speaker");
        var claim = await data.ClaimAsync(TestData.Claim((await data.ArticleAsync()).Id, speaker.Id));
        return new Reviewed(data, checker.Id, claim);
    }

    private static ReviewRequest Review(Guid reviewer, ReviewRating rating, DateOnly? published = null) => new()
    {
        ReviewerId = reviewer,
        Rating = rating,
        Summary = "The schedule says September.",
        Url = $"https://factcheck.example/{Guid.NewGuid():N}",
        PublishedOn = published ?? new DateOnly(2025, 5, 2),
        Language = "en",
    };

    private async Task<(ReviewResponse Review, string ETag)> PostAsync(Guid claimId, ReviewRequest request)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/claims/{claimId}/reviews", request, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var review = await response.ReadAsync<ReviewResponse>();
        Assert.EndsWith($"/api/v1/reviews/{review.Id}", response.Headers.Location!.ToString());
        return (review, response.Headers.ETag!.Tag);
    }

    private async Task<ClaimResponse> ClaimAsync(Guid id) => (await client.GetFromJsonAsync<ClaimResponse>($"/api/v1/claims/{id}", Json.Options))!;

    [Fact]
    public async Task AReviewStoresTheRatingOnTheReviewersScaleAndDerivesItsVerdict()
    {
        var (_, reviewer, claim) = await ClaimAsync();

        var (review, etag) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(3, 6, 1, "Mostly False")));

        Assert.Equal(new ReviewRating(3, 6, 1, "Mostly False"), review.Rating);
        Assert.Equal(Verdict.Misleading, review.Verdict);
        Assert.Equal((claim.Id, reviewer), (review.ClaimId, review.Reviewer.Id));
        Assert.Equal(ReviewOrigin.Person, review.Origin);
        var read = await client.GetAsync($"/api/v1/reviews/{review.Id}");
        Assert.Equal(etag, read.Headers.ETag!.Tag);
        Assert.Equal(review, await read.ReadAsync<ReviewResponse>());
    }

    [Fact]
    public async Task TheClaimsResponseCarriesItsReviewsSummaryInStepWithEveryChange()
    {
        var (data, reviewer, claim) = await ClaimAsync();
        Assert.Null(claim.Reviews);
        var second = await data.ActorAsync("Second desk", ActorKind.Organisation);

        var (older, _) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "False"), new DateOnly(2025, 5, 1)));
        var (newer, _) = await PostAsync(claim.Id, Review(second.Id, new ReviewRating(4, 5, 1), new DateOnly(2025, 5, 3)));
        var summary = (await ClaimAsync(claim.Id)).Reviews!;
        Assert.Equal(2, summary.Count);
        Assert.Equal([Verdict.False, Verdict.MostlyTrue], summary.Verdicts);
        Assert.Equal([newer.Id, older.Id], summary.Items.Select(i => i.Id));
        Assert.Equal(("False", second.Name), (summary.Items[1].RatingText, summary.Items[0].Reviewer.Name));

        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/api/v1/reviews/{older.Id}",
            new StringContent("""{"rating": {"alternateName": "Misleading"}}""", Encoding.UTF8, "application/merge-patch+json"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/actors/{second.Id}",
            new { name = $"Renamed desk {data.Tag}", kind = "organisation" })).StatusCode);
        summary = (await ClaimAsync(claim.Id)).Reviews!;
        Assert.Equal([Verdict.Misleading, Verdict.MostlyTrue], summary.Verdicts);
        Assert.Equal($"Renamed desk {data.Tag}", summary.Items[0].Reviewer.Name);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/reviews/{newer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/reviews/{older.Id}")).StatusCode);
        Assert.Null((await ClaimAsync(claim.Id)).Reviews);
        var listed = await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/claims?article={claim.ArticleId}", Json.Options);
        Assert.Null(Assert.Single(listed!.Items).Reviews);
    }

    [Fact]
    public async Task AClaimsETagChangesWithItsReviewsButItsHistoryDoesNot()
    {
        var (_, reviewer, claim) = await ClaimAsync();
        async Task<string> ETagAsync(string? ifNoneMatch = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/claims/{claim.Id}");
            if (ifNoneMatch is not null)
            {
                request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(ifNoneMatch));
            }

            var response = await client.SendAsync(request);
            // The old ETag stands for the answer without the review: a client holding it must get the new answer, not 304.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.ETag!.Tag;
        }

        var before = await ETagAsync();
        var (review, _) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "False")));
        var reviewed = await ETagAsync(before);
        Assert.NotEqual(before, reviewed);

        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsync($"/api/v1/reviews/{review.Id}",
            new StringContent("""{"rating": {"alternateName": "True"}}""", Encoding.UTF8, "application/merge-patch+json"))).StatusCode);
        Assert.NotEqual(reviewed, await ETagAsync(reviewed));

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claim.Id}/history");
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task ClaimsFilterByVerdictAndWhetherTheyWereReviewed()
    {
        var (data, reviewer, rated) = await ClaimAsync();
        var speaker = rated.Speaker.ActorId!.Value;
        var unrated = await data.ClaimAsync(TestData.Claim(rated.ArticleId, speaker, "officials warned of delays"));
        await PostAsync(rated.Id, Review(reviewer, new ReviewRating(AlternateName: "Pants on Fire!")));

        async Task<IEnumerable<Guid>> Ids(string query) =>
            (await client.GetFromJsonAsync<Page<ClaimResponse>>(query, Json.Options))!.Items.Select(c => c.Id);

        Assert.Equal([rated.Id], await Ids($"/api/v1/claims?article={rated.ArticleId}&verdict=false"));
        Assert.Empty(await Ids($"/api/v1/claims?article={rated.ArticleId}&verdict=true"));
        Assert.Equal([rated.Id], await Ids($"/api/v1/actors/{speaker}/claims?reviewed=true"));
        Assert.Equal([unrated.Id], await Ids($"/api/v1/actors/{speaker}/claims?reviewed=false"));
        var bad = await client.GetAsync("/api/v1/claims?verdict=wrong");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ReviewsFilterByReviewerVerdictAndPublicationDay()
    {
        var (data, reviewer, claim) = await ClaimAsync();
        var other = await data.ActorAsync("Other desk", ActorKind.Organisation);
        var (april, _) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "False"), new DateOnly(2025, 4, 20)));
        var (may, _) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "True"), new DateOnly(2025, 5, 20)));
        var (others, _) = await PostAsync(claim.Id, Review(other.Id, new ReviewRating(AlternateName: "True"), new DateOnly(2025, 5, 21)));

        async Task<IEnumerable<Guid>> Ids(string query) =>
            (await client.GetFromJsonAsync<Page<ReviewResponse>>(query, Json.Options))!.Items.Select(r => r.Id);

        Assert.Equal([may.Id, april.Id], await Ids($"/api/v1/reviews?reviewer={reviewer}"));
        Assert.Equal([may.Id], await Ids($"/api/v1/reviews?reviewer={reviewer}&from=2025-05-01"));
        Assert.Equal([april.Id], await Ids($"/api/v1/reviews?reviewer={reviewer}&to=2025-04-30"));
        Assert.Equal([others.Id, may.Id], await Ids($"/api/v1/claims/{claim.Id}/reviews?verdict=true"));
        Assert.Equal([april.Id, may.Id, others.Id], await Ids($"/api/v1/claims/{claim.Id}/reviews?sort=oldest"));
        var page = await client.GetFromJsonAsync<Page<ReviewResponse>>($"/api/v1/claims/{claim.Id}/reviews?pageSize=2", Json.Options);
        Assert.Equal([others.Id, may.Id], page!.Items.Select(r => r.Id));
        Assert.Equal([april.Id], await Ids(page.Next!));
    }

    [Fact]
    public async Task WritesHonourIfMatchAndKeepTheirHistory()
    {
        var (_, reviewer, claim) = await ClaimAsync();
        var (review, etag) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "False")));
        var replacement = Review(reviewer, new ReviewRating(5, 6, 1, "Mostly True"));

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reviews/{review.Id}") { Content = JsonContent.Create(replacement, options: Json.Options) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"00000000000000000000000000000000\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);

        var current = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reviews/{review.Id}") { Content = JsonContent.Create(replacement, options: Json.Options) };
        current.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var replaced = await client.SendAsync(current);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(etag, replaced.Headers.ETag!.Tag);
        Assert.Equal(Verdict.MostlyTrue, (await replaced.ReadAsync<ReviewResponse>()).Verdict);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/reviews/{review.Id}")).StatusCode);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{review.Id}/history");
        Assert.Equal(["created", "updated", "deleted"], history.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        var changed = history[1].GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()).ToList();
        Assert.Contains("verdict", changed);
        Assert.Contains("rating", changed);
        Assert.Equal(claim.Id, history[2].GetProperty("snapshot").GetProperty("claimId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reviews/{review.Id}")).StatusCode);
    }

    [Fact]
    public async Task DeletingAClaimDeletesItsReviewsAndRecordsTheirDeletion()
    {
        var (_, reviewer, claim) = await ClaimAsync();
        var (review, _) = await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "False")));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/claims/{claim.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reviews/{review.Id}")).StatusCode);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{review.Id}/history");
        Assert.Equal("deleted", history[history.GetArrayLength() - 1].GetProperty("action").GetString());
        var reviewerDelete = await client.DeleteAsync($"/api/v1/actors/{reviewer}");
        Assert.Equal(HttpStatusCode.NoContent, reviewerDelete.StatusCode);
    }

    [Fact]
    public async Task AReviewerStillReviewingCannotBeDeleted()
    {
        var (_, reviewer, claim) = await ClaimAsync();
        await PostAsync(claim.Id, Review(reviewer, new ReviewRating(AlternateName: "False")));

        var response = await client.DeleteAsync($"/api/v1/actors/{reviewer}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task BadReviewsAnswerProblemDetailsNamingTheField()
    {
        var (_, reviewer, claim) = await ClaimAsync();
        async Task<IReadOnlyList<string>> FieldsAsync(object body)
        {
            var response = await client.PostAsJsonAsync($"/api/v1/claims/{claim.Id}/reviews", body, Json.Options);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.ReadProblemAsync()).ErrorFields();
        }

        Assert.Contains("rating", await FieldsAsync(new { reviewerId = reviewer }));
        Assert.Contains("rating.alternateName", await FieldsAsync(new { reviewerId = reviewer, rating = new { } }));
        Assert.Contains("rating.ratingValue", await FieldsAsync(new { reviewerId = reviewer, rating = new { ratingValue = 7, bestRating = 6, worstRating = 1 } }));
        Assert.Contains("reviewerId", await FieldsAsync(new { reviewerId = Guid.NewGuid(), rating = new { alternateName = "False" } }));
        Assert.Contains("url", await FieldsAsync(new { reviewerId = reviewer, rating = new { alternateName = "False" }, url = "javascript:alert(1)" }));
        Assert.Contains("language", await FieldsAsync(new { reviewerId = reviewer, rating = new { alternateName = "False" }, language = "english please" }));
        Assert.Contains("verdict", await FieldsAsync(new { reviewerId = reviewer, rating = new { alternateName = "False" }, verdict = "true" }));

        var missing = await client.PostAsJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/reviews", Review(reviewer, new ReviewRating(AlternateName: "False")), Json.Options);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task EditorsWriteReviewsAndOnlyAdminsDeleteThem()
    {
        var (_, reviewer, claim) = await ClaimAsync();
        var editor = await factory.Keys.ClientAsync(ApiKeyRole.Editor);
        var created = await editor.PostAsJsonAsync($"/api/v1/claims/{claim.Id}/reviews", Review(reviewer, new ReviewRating(AlternateName: "False")), Json.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var review = await created.ReadAsync<ReviewResponse>();

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.DeleteAsync($"/api/v1/reviews/{review.Id}")).StatusCode);
        var reader = await factory.Keys.ClientAsync(ApiKeyRole.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/v1/claims/{claim.Id}/reviews", new { }, Json.Options)).StatusCode);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/{review.Id}/history");
        Assert.Equal("test-editor", history[0].GetProperty("author").GetString());
    }
}
