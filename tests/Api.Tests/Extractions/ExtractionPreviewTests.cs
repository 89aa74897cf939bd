using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Extractions;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Samples;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Extractions;

[Collection(ApiCollection.Name)]
public sealed class ExtractionPreviewTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<ExtractionResponse> PreviewAsync(object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", request, Json.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ExtractionResponse>();
    }

    [Fact]
    public async Task PreviewOfTheSeedStoryResolvesPutinAndNestsHisClaimUnderTheWireAndTheSources()
    {
        var putin = Assert.Single((await client.GetFromJsonAsync<Page<ActorResponse>>("/api/v1/actors?name=Putin", Json.Options))!.Items);
        var menafn = Assert.Single((await client.GetFromJsonAsync<Page<ActorResponse>>("/api/v1/actors?name=MENAFN", Json.Options))!.Items);

        var result = await PreviewAsync(new ExtractionRequest { Text = SeedStory.Body, Publisher = "MENAFN" });

        var reiterated = Assert.Single(result.Attributions, a => a.Speaker?.ActorId == putin.Id && a.Cue.Any(c => c.Text == "reiterated"));
        Assert.Equal(menafn.Id, reiterated.Chain[0].ActorId);
        Assert.Contains(reiterated.Chain, step => step.IsAnonymous && step.Name == "Sources familiar with the talks");
        Assert.Equal(putin.Id, reiterated.Chain[^1].ActorId);
        Assert.Contains("any peace agreement must include", reiterated.Content[0].Text);
    }

    [Fact]
    public async Task EverySpanSlicesTheSubmittedText()
    {
        var text = "«Hello» — 👋 The mayor said the bridge will reopen. \"It is safe,\" she added, \"and ready.\" According to officials, costs rose.";

        var result = await PreviewAsync(new ExtractionRequest { Text = text });

        Assert.NotEmpty(result.Attributions);
        foreach (var span in result.Attributions.SelectMany(a => a.Source.Concat(a.Cue).Concat(a.Content)))
        {
            Assert.Equal(span.Text, text[span.Start..span.End]);
        }
    }

    [Fact]
    public async Task UnknownSpeakerComesBackAsANewActorSuggestion()
    {
        var result = await PreviewAsync(new ExtractionRequest { Text = "Governor Hannelore Quistbridge said on Tuesday that the port would close." });

        Assert.Contains(result.NewActors, a => a.Name.Contains("Quistbridge"));
        Assert.Null(Assert.Single(result.Attributions).Speaker!.ActorId);
    }

    [Fact]
    public async Task EmptyTextIsBadRequest()
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new { text = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", (await response.ReadProblemAsync()).ErrorFields());
    }

    [Fact]
    public async Task TextOverOneMegabyteIsPayloadTooLarge()
    {
        var response = await client.PostAsJsonAsync("/api/v1/extractions", new { text = new string('a', 1024 * 1024 + 1) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task FormBodyIsUnsupportedMediaType()
    {
        var response = await client.PostAsync("/api/v1/extractions", new FormUrlEncodedContent([new("text", "He said so.")]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Theory]
    [InlineData("{\"text\":\"\\ud800 said \\udfff that \\\"x\\\"\"}")]
    [InlineData("{\"text\":\"قال الوزير إن الجسر سيفتح. \\\"نعم\\\" قال.\"}")]
    [InlineData("{\"text\":\"🙂🙃 \\\"🔥\\\" she said 🧨\"}")]
    [InlineData("{\"text\":\"\\\"\\\"\\\"\\\" said said said according to according to: : :\"}")]
    public async Task AnyUnicodeIsHandledWithoutServerError(string json)
    {
        var response = await client.PostAsync("/api/v1/extractions", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
    }
}
