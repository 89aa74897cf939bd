using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Samples;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Samples;

/// <summary>
/// The engine, run on the sample article's body, finds every statement the newsroom entered by hand: same
/// words, same speaker and the same chain from the wire down to the speaker.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SeedStoryExtractionTests(ApiFactory factory)
{
    private const string Anonymous = "anonymous";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ExtractionFindsEveryHandEnteredSampleClaimWithItsSpeakerAndChain()
    {
        var summary = Assert.Single((await client.GetFromJsonAsync<Page<ArticleSummaryResponse>>($"/api/v1/articles?url={Uri.EscapeDataString(SampleData.ArticleUrl)}", Json.Options))!.Items);
        var article = (await client.GetFromJsonAsync<ArticleResponse>($"/api/v1/articles/{summary.Id}", Json.Options))!;
        var claims = (await client.GetFromJsonAsync<Page<ClaimResponse>>($"/api/v1/articles/{article.Id}/claims?pageSize=100&origin=person", Json.Options))!.Items;
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new ExtractionRequest { Text = article.Body, Publisher = "MENAFN" }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var extracted = (await response.ReadAsync<ExtractionResponse>()).Attributions;

        Assert.Equal(14, claims.Count);
        var unmatched = claims.Where(c => !extracted.Any(a => Matches(c, a))).Select(c => c.Content).ToList();

        Assert.Empty(unmatched);
    }

    [Fact]
    public async Task ReportedlyComesBackAsUnnamedReportsUnderTheLeadSentencesOutlet()
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new ExtractionRequest { Text = SeedStory.Body, Publisher = "MENAFN" }, Json.Options);
        var extracted = (await response.ReadAsync<ExtractionResponse>()).Attributions;

        var reportedly = Assert.Single(extracted, a => a.Cue.Any(c => c.Text == "reportedly"));
        Assert.Empty(reportedly.Source);
        Assert.True(reportedly.Speaker?.IsAnonymous);
        Assert.Equal(["MENAFN", "Bloomberg", "unnamed reports"], reportedly.Chain.Select(s => s.Name));
    }

    private static bool Matches(ClaimResponse claim, AttributionResponse a)
    {
        var span = claim.ContentSpan!;
        var overlaps = a.Content.Any(c => c.Start < span.End && span.Start < c.End);
        var speakerMatches = claim.Speaker.ActorId is { } id ? a.Speaker?.ActorId == id : a.Speaker?.IsAnonymous == true;
        var chain = a.Chain.Select(s => s.IsAnonymous ? Anonymous : s.ActorId?.ToString() ?? s.Name);
        var expected = claim.Chain.OrderBy(l => l.Position).Select(l => l.ActorId?.ToString() ?? Anonymous);
        return overlaps && speakerMatches && chain.SequenceEqual(expected);
    }
}
