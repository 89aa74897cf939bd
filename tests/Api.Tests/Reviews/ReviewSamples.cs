using System.Net;
using System.Net.Http.Headers;
using NewsroomClaims.Api.Reviews.Import;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Reviews;

/// <summary>
/// ClaimReview markup written to the shapes fact-checkers publish (Samples/*.jsonld), each name and URL made the test's
/// own by its tag, and the client side of the import.
/// </summary>
public static class ReviewSamples
{
    public static string Load(string name, string tag) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reviews", "Samples", name)).Replace("{{tag}}", tag, StringComparison.Ordinal);

    public static async Task<HttpResponseMessage> PostImportAsync(this HttpClient client, string body, bool dryRun = false, string mediaType = "application/ld+json")
    {
        var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return await client.PostAsync($"/api/v1/reviews/import{(dryRun ? "?dryRun=true" : "")}", content);
    }

    public static async Task<ReviewImportResponse> ImportAsync(this HttpClient client, string body, bool dryRun = false)
    {
        var response = await client.PostImportAsync(body, dryRun);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<ReviewImportResponse>();
    }
}
