using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Security;

/// <summary>
/// Every request schema in the OpenAPI document, sent with one field it does not have, at the top and inside every
/// nested object: the API answers 400 naming that field by its path and writes nothing. Operations and schemas come
/// from the document, so a new write is covered as soon as it is documented.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UnknownBodyFieldTests(ApiFactory factory)
{
    private const string Extra = "notInTheSchema";
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task EveryRequestSchemaWithAnExtraFieldAnywhereIs400NamingItsPath()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var ids = await IdsAsync();
        var sent = 0;
        foreach (var (method, path, mediaType, schema) in RequestBodies(document))
        {
            var url = path.Replace("{id}", ids[Resource(path)].ToString());
            var template = new SchemaSamples(document).Sample(schema) as JsonObject
                ?? throw new InvalidOperationException($"{method} {path}: the body schema is not an object");
            foreach (var objectPath in ObjectPaths(template, ""))
            {
                var body = (JsonObject)template.DeepClone();
                Locate(body, objectPath)[Extra] = true;
                var expectedKey = objectPath.Length == 0 ? Extra : $"{objectPath}.{Extra}";

                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = new StringContent(body.ToJsonString(), Encoding.UTF8, mediaType),
                });
                var text = await response.Content.ReadAsStringAsync();
                var what = $"{method} {path} ({mediaType}) with {expectedKey}: {(int)response.StatusCode} {text}";
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
                var problem = await response.ReadProblemAsync();
                Assert.True(problem.ErrorFields().SequenceEqual([expectedKey]), what);
                Assert.Contains($"Unknown field '{Extra}'", problem.GetProperty("errors").GetProperty(expectedKey)[0].GetString());
                Assert.DoesNotContain(".NET", text);
                Assert.DoesNotContain("NewsroomClaims", text);
                Assert.DoesNotContain("System.", text);
                Assert.Null(response.Headers.Location);
                sent++;
            }
        }

        // Every write of the API: actors, articles, claims (POST, PUT, PATCH), relations, retraction, import, extraction, keys.
        Assert.True(sent >= 30, $"only {sent} requests were generated from the document");
    }

    [Fact]
    public async Task EveryRequestObjectSchemaInTheDocumentAllowsNoOtherProperties()
    {
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var bodies = RequestBodies(document).ToList();
        Assert.Contains(bodies, b => b.Method == "PATCH");
        foreach (var (method, path, mediaType, schema) in bodies)
        {
            foreach (var name in new SchemaSamples(document).ObjectSchemas(schema))
            {
                var component = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
                Assert.True(component.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False,
                    $"{method} {path} ({mediaType}): schema {name} allows additional properties");
            }
        }
    }

    [Fact]
    public async Task AWrongTypeNamesTheFieldAndTheJsonTypeNotADotNetType()
    {
        var response = await client.PostAsync("/api/v1/claims", new StringContent(
            """{"reportedBy": [{"description": "a source"}, {"span": {"start": "ten", "end": 12}}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(["reportedBy[1].span.start"], problem.ErrorFields());
        Assert.StartsWith("Must be an integer", problem.GetProperty("errors").GetProperty("reportedBy[1].span.start")[0].GetString());

        var kind = await client.PostAsync("/api/v1/actors", new StringContent("""{"Name": "X", "Kind": "persn"}""", Encoding.UTF8, "application/json"));
        var kindProblem = await kind.ReadProblemAsync();
        Assert.Equal(["kind"], kindProblem.ErrorFields());
        Assert.Equal("Must be one of: person, organisation, government, outlet, anonymous-group.", kindProblem.GetProperty("errors").GetProperty("kind")[0].GetString());
    }

    [Fact]
    public async Task AFieldSentTwiceIs400InsteadOfTheLastOneWinning()
    {
        var response = await client.PostAsync("/api/v1/api-keys", new StringContent(
            """{"name": "twice", "role": "reader", "role": "admin"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(["role"], problem.ErrorFields());
        Assert.DoesNotContain("ApiKeyRequest", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEmptyOrNonObjectBodyIsReportedOnceForTheWholeBody()
    {
        foreach (var (body, message) in new[] { ("", "A non-empty request body is required."), ("[1, 2]", "The request body must be an object.") })
        {
            var response = await client.PostAsync("/api/v1/actors", new StringContent(body, Encoding.UTF8, "application/json"));
            var problem = await response.ReadProblemAsync();
            Assert.Equal(["$"], problem.ErrorFields());
            Assert.Equal(message, problem.GetProperty("errors").GetProperty("$")[0].GetString());
        }
    }

    /// <summary>
    /// Every (method, path, media type, schema) of a documented request body, but JSON-LD markup's (the review import):
    /// JSON-LD is open-world, terms of other vocabularies are allowed there and passed over.
    /// </summary>
    private static IEnumerable<(string Method, string Path, string MediaType, JsonElement Schema)> RequestBodies(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("requestBody", out var body)
                && !body.GetProperty("content").TryGetProperty("application/ld+json", out _)))
            {
                foreach (var media in operation.Value.GetProperty("requestBody").GetProperty("content").EnumerateObject())
                {
                    yield return (operation.Name.ToUpperInvariant(), path.Name, media.Name, media.Value.GetProperty("schema"));
                }
            }
        }
    }

    private async Task<Dictionary<string, Guid>> IdsAsync()
    {
        var data = new TestData(client);
        var actor = await data.ActorAsync("Unknown-field speaker");
        var article = await data.ArticleAsync();
        var claim = await data.ClaimAsync(TestData.Claim(article.Id, actor.Id));
        var reviewer = await data.ActorAsync("Unknown-field reviewer", NewsroomClaims.Domain.Actors.ActorKind.Organisation);
        var review = await data.PostAsync<JsonElement>($"/api/v1/claims/{claim.Id}/reviews", new { reviewerId = reviewer.Id, rating = new { alternateName = "False" } });
        var webhook = await data.PostAsync<JsonElement>("/api/v1/webhooks", new { url = "https://hooks.example.org/unknown-fields", enabled = false });

        // A body with an unknown field is refused before the statement is looked up: any id will do.
        return new()
        {
            ["actors"] = actor.Id, ["articles"] = article.Id, ["claims"] = claim.Id, ["reviews"] = review.GetProperty("id").GetGuid(),
            ["statements"] = Guid.NewGuid(), ["webhooks"] = webhook.GetProperty("id").GetGuid(), [""] = Guid.Empty,
        };
    }

    private static string Resource(string path) => path.Contains("{id}") ? path.Split('/')[3] : "";

    /// <summary>"", "speaker", "speaker.span", "reportedBy[0]", ...: every object in the sample, by its path.</summary>
    private static IEnumerable<string> ObjectPaths(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => ObjectPaths(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")).Prepend(path),
        JsonArray array => array.Count == 0 ? [] : ObjectPaths(array[0], $"{path}[0]"),
        _ => [],
    };

    private static JsonObject Locate(JsonObject root, string path)
    {
        JsonNode current = root;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('[')[0];
            current = current[name]!;
            if (part.EndsWith("[0]", StringComparison.Ordinal))
            {
                current = current[0]!;
            }
        }

        return (JsonObject)current;
    }
}
