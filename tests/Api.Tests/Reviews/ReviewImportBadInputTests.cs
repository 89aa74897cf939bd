using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Reviews;

/// <summary>Markup that cannot be read answers 400 naming where the problem is, never 500, and writes nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReviewImportBadInputTests(ApiFactory factory)
{
    private const string Review = """
        "@type": "ClaimReview", "url": "https://factcheck.example/1", "author": {"@type": "Organization", "name": "Checker"},
        "claimReviewed": "The bridge will reopen in May", "reviewRating": {"@type": "Rating", "alternateName": "False"}
        """;

    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> Cases() => new()
    {
        { "\"just text\"", "$" },
        { "[]", "$" },
        { "[3]", "$[0]" },
        { "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"x\"}", "$['@type']" },
        { "{\"@context\": \"https://example.org/vocab\", " + Review + "}", "$['@context']" },
        { "{" + Review.Replace("\"url\": \"https://factcheck.example/1\",", "", StringComparison.Ordinal) + "}", "$.url" },
        { "{" + Review.Replace("https://factcheck.example/1", "factcheck.example/1", StringComparison.Ordinal) + "}", "$.url" },
        { "{" + Review.Replace("\"author\": {\"@type\": \"Organization\", \"name\": \"Checker\"},", "", StringComparison.Ordinal) + "}", "$.author" },
        { "{" + Review.Replace("\"claimReviewed\": \"The bridge will reopen in May\",", "\"claimReviewed\": {\"x\": 1},", StringComparison.Ordinal) + "}", "$.claimReviewed" },
        { "{" + Review + ", \"datePublished\": \"03/05/2025\"}", "$.datePublished" },
        { "{" + Review + ", \"datePublished\": \"last Tuesday\"}", "$.datePublished" },
        { "{" + Review + ", \"inLanguage\": \"Klingonese\"}", "$.inLanguage" },
        { "{" + Review + ", \"itemReviewed\": {\"@type\": \"Claim\", \"appearance\": \"not a url\"}}", "$.itemReviewed.appearance" },
        { "{" + Review + ", \"itemReviewed\": {\"@type\": \"Claim\", \"appearance\": [{\"url\": \"https://ok.example\"}, {\"url\": 5}]}}", "$.itemReviewed.appearance[1].url" },
        { "{" + Review.Replace("{\"@type\": \"Rating\", \"alternateName\": \"False\"}", "{\"ratingValue\": 2, \"bestRating\": \"six\"}", StringComparison.Ordinal) + "}", "$.reviewRating.bestRating" },
        { "{" + Review.Replace("{\"@type\": \"Rating\", \"alternateName\": \"False\"}", "{\"ratingValue\": 7, \"bestRating\": 6, \"worstRating\": 1}", StringComparison.Ordinal) + "}", "$.reviewRating" },
        { "{" + Review.Replace("{\"@type\": \"Rating\", \"alternateName\": \"False\"}", "{\"ratingValue\": \"two\", \"alternateName\": \"False\"}", StringComparison.Ordinal) + "}", "$.reviewRating.ratingValue" },
        { "{" + Review.Replace(", \"reviewRating\": {\"@type\": \"Rating\", \"alternateName\": \"False\"}", "", StringComparison.Ordinal) + "}", "$.reviewRating" },
        { "{" + Review.Replace("{\"@type\": \"Rating\", \"alternateName\": \"False\"}", "\"False\"", StringComparison.Ordinal) + "}", "$.reviewRating" },
        { "{\"@type\": \"DataFeed\", \"dataFeedElement\": [{" + Review + "}, 7]}", "$.dataFeedElement[1]" },
        { "{\"@type\": \"DataFeed\", \"dataFeedElement\": [{\"@type\": \"DataFeedItem\", \"item\": [{\"@type\": \"WebPage\"}]}]}", "$" },
        { "{\"@graph\": {\"@type\": \"ClaimReview\"}}", "$['@graph']" },
        { "{" + Review.Replace("The bridge will reopen in May", new string('x', 10_001), StringComparison.Ordinal) + "}", "$.claimReviewed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task UnreadableMarkupAnswers400AtItsPath(string body, string path)
    {
        var response = await client.PostImportAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(path, (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task MoreThanFiveHundredReviewsAreRefused()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("{" + Review + "}", 501)) + "]";

        var response = await client.PostImportAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task BrokenJsonAndOtherMediaTypesAreRefusedAsProblems()
    {
        var broken = await client.PostImportAsync("{\"@type\": \"ClaimReview\",");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        await broken.ReadProblemAsync();

        // JSON whose strings are not UTF-8 (a Latin-1 "é" in the claim) parses, and fails only when a string is read.
        var latin1 = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}")]);
        latin1.Headers.ContentType = new MediaTypeHeaderValue("application/ld+json");
        var notUtf8 = await client.PostAsync("/api/v1/reviews/import", latin1);
        Assert.Equal(HttpStatusCode.BadRequest, notUtf8.StatusCode);
        Assert.Contains("$", (await notUtf8.ReadProblemAsync()).ErrorFields());

        var text = await client.PostImportAsync("{}", mediaType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }
}
