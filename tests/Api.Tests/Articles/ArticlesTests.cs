using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Tests.Articles;

[Collection(ApiCollection.Name)]
public sealed class ArticlesTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task CreatingArticleReturnsItWithPublisherName()
    {
        var data = new TestData(client);
        var outlet = await data.ActorAsync("Daily Test", ActorKind.Outlet);

        var article = await data.ArticleAsync(outlet.Id);

        Assert.Equal(outlet.Name, article.PublisherName);
        Assert.Equal(TestData.Body, article.Body);
        Assert.Equal(DateTimeKind.Utc, article.PublishedAt!.Value.Kind);
    }

    [Fact]
    public async Task CreatingArticleWithTakenUrlIsConflictPointingAtTheFirst()
    {
        var data = new TestData(client);
        var first = await data.ArticleAsync();

        var response = await client.PostAsJsonAsync("/api/v1/articles", new ArticleRequest
        {
            Headline = "Copy", CanonicalUrl = first.CanonicalUrl, Language = "en", Body = "Text.",
        }, Json.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"/api/v1/articles/{first.Id}", response.Headers.Location!.OriginalString);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task PublisherThatIsNotAnOutletIsRejected()
    {
        var data = new TestData(client);
        var person = await data.ActorAsync("Not An Outlet");

        var response = await client.PostAsJsonAsync("/api/v1/articles", new ArticleRequest
        {
            Headline = "H", CanonicalUrl = $"https://x.example/{data.Tag}", PublisherId = person.Id, Language = "en", Body = "Text.",
        }, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("publisherId", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task InvalidUrlLanguageAndEmptyBodyAreEachListed()
    {
        var response = await client.PostAsJsonAsync("/api/v1/articles", new { headline = "H", canonicalUrl = "ftp://x", language = "english!", body = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadProblemAsync()).ErrorFields();
        Assert.Contains("canonicalUrl", fields);
        Assert.Contains("language", fields);
        Assert.Contains("body", fields);
    }

    [Fact]
    public async Task ListingByPublisherReturnsOnlyTheirArticlesNewestFirst()
    {
        var data = new TestData(client);
        var outlet = await data.ActorAsync("Weekly Test", ActorKind.Outlet);
        var older = await data.ArticleAsync(outlet.Id, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var newer = await data.ArticleAsync(outlet.Id, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await data.ArticleAsync();

        var page = await client.GetFromJsonAsync<Page<ArticleSummaryResponse>>($"/api/v1/articles?publisher={outlet.Id}", Json.Options);

        Assert.Equal([newer.Id, older.Id], page!.Items.Select(a => a.Id));
        Assert.Equal(TestData.Body.Length, page.Items[0].BodyLength);
    }

    [Fact]
    public async Task ShorteningBodyUnderAClaimsSpanIsConflict()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Span Keeper");
        var article = await data.ArticleAsync();
        await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        var response = await client.PatchAsync($"/api/v1/articles/{article.Id}",
            new StringContent("""{"body":"Short."}""", System.Text.Encoding.UTF8, "application/merge-patch+json"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task DeletingArticleRemovesItsClaims()
    {
        var data = new TestData(client);
        var speaker = await data.ActorAsync("Gone Speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, speaker.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/articles/{article.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/claims/{claim.Id}")).StatusCode);
    }
}
