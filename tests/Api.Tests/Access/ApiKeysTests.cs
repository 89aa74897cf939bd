using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Access;

[Collection(ApiCollection.Name)]
public sealed class ApiKeysTests(ApiFactory factory)
{
    [Fact]
    public async Task ACreatedKeyIsShownOnceAndListedWithoutItsSecret()
    {
        var created = await factory.Keys.CreateAsync($"desk-{Guid.NewGuid():N}", ApiKeyRole.Editor);
        Assert.StartsWith($"nck_{created.Prefix}_", created.Key);

        var admin = factory.CreateClient();
        var listed = await admin.GetStringAsync("/api/v1/api-keys");
        Assert.Contains(created.Prefix, listed);
        Assert.DoesNotContain(created.Key, listed);
        var one = await admin.GetStringAsync($"/api/v1/api-keys/{created.Id}");
        Assert.DoesNotContain(created.Key, one);
        Assert.False(JsonDocument.Parse(one).RootElement.TryGetProperty("key", out _));
    }

    [Fact]
    public async Task ARevokedKeyStopsWorkingAtOnce()
    {
        var created = await factory.Keys.CreateAsync($"leaver-{Guid.NewGuid():N}", ApiKeyRole.Editor);
        var editor = factory.CreateClientWithKey(created.Key);
        var data = new TestData(editor);
        await data.ActorAsync("Before revocation");

        var revoke = await factory.CreateClient().DeleteAsync($"/api/v1/api-keys/{created.Id}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        var after = await editor.PostAsJsonAsync("/api/v1/actors", new { name = $"After {data.Tag}", kind = "person" });
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await after.ReadProblemAsync();
        var listed = await factory.CreateClient().GetFromJsonAsync<List<ApiKeyResponse>>("/api/v1/api-keys", Json.Options);
        Assert.NotNull(listed!.Single(k => k.Id == created.Id).RevokedAt);
    }

    [Fact]
    public async Task ChangesAreAttributedToTheKeysName()
    {
        var name = $"jane-{Guid.NewGuid():N}"[..20];
        var created = await factory.Keys.CreateAsync(name, ApiKeyRole.Editor);
        var actor = await new TestData(factory.CreateClientWithKey(created.Key)).ActorAsync("Attributed");

        var history = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/actors/{actor.Id}/history");
        Assert.Equal(name, history[0].GetProperty("author").GetString());
    }

    [Fact]
    public async Task AKeyWithoutANameOrWithAnUnknownRoleIsRefused()
    {
        var admin = factory.CreateClient();
        var noName = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "", role = "editor" });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        var badRole = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", role = "owner" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        await badRole.ReadProblemAsync();
    }
}
