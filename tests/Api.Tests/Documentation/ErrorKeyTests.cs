using System.Net;
using System.Text;
using System.Text.Json;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Documentation;

/// <summary>Validation errors name each field as the request spelt it: camelCase JSON paths and URL parameter names.</summary>
[Collection(ApiCollection.Name)]
public sealed class ErrorKeyTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        var errors = problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        Assert.DoesNotContain("request", errors.Keys);
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.DoesNotContain("NewsroomClaims", m));
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.DoesNotContain("System.", m));
        return errors;
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("PageSize=0")]
    [InlineData("pagesize=101")]
    public async Task AnOutOfRangePageSizeIsReportedUnderPageSizeWhateverItsCase(string query)
    {
        var errors = await ErrorsAsync(await client.GetAsync($"/api/v1/claims?{query}"));

        Assert.Equal(["pageSize"], errors.Keys);
        Assert.StartsWith("'pageSize' must be between 1 and 100", errors["pageSize"][0]);
    }

    [Fact]
    public async Task QueryValuesTheApiCannotReadSayWhatTheyMustBe()
    {
        var errors = await ErrorsAsync(await client.GetAsync("/api/v1/claims?pageSize=abc&kind=zz&speaker=nobody&from=yesterday"));

        Assert.Equal(["from", "kind", "pageSize", "speaker"], errors.Keys.Order());
        Assert.Equal("Must be one of: direct, indirect, mixed.", errors["kind"].Single());
        Assert.StartsWith("Must be a UUID", errors["speaker"].Single());
        Assert.StartsWith("Must be a date", errors["from"].Single());
        Assert.StartsWith("Must be an integer", errors["pageSize"].Single());
    }

    [Fact]
    public async Task SearchWithoutWordsIsReportedUnderQ()
    {
        var errors = await ErrorsAsync(await client.GetAsync("/api/v1/search?q=&type=film"));

        Assert.Equal(["q", "type"], errors.Keys.Order());
        Assert.Equal("Must be one of: claim, article, actor.", errors["type"].Single());
    }

    [Fact]
    public async Task BodyFieldsAreReportedByTheirJsonPath()
    {
        var body = """{"name": "", "kind": "person", "aliases": [], "roles": [{"title": ""}]}""";
        var errors = await ErrorsAsync(await client.PostAsync("/api/v1/actors", new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(["name", "roles[0].title"], errors.Keys.Order());
        Assert.Contains("'name' must not be empty.", errors["name"]);
    }

    [Fact]
    public async Task ANullWhereTheSchemaWantsAListIsReportedUnderTheFieldNotTheCSharpProperty()
    {
        var body = """{"name": "Nobody Null", "kind": "person", "aliases": null, "roles": [{"title": null}]}""";
        var errors = await ErrorsAsync(await client.PostAsync("/api/v1/actors", new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(["aliases", "roles[0].title"], errors.Keys.Order());
        Assert.Equal("The aliases field is required.", errors["aliases"].Single());
    }

    [Fact]
    public async Task AWrongTypeInTheBodyGivesOneErrorUnderItsPathAndNoneForTheWholeRequest()
    {
        var body = """{"name": "Typed", "kind": "chancellor"}""";
        var errors = await ErrorsAsync(await client.PostAsync("/api/v1/actors", new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(["kind"], errors.Keys);
        Assert.StartsWith("Must be one of: person, organisation", errors["kind"].Single());
    }
}
