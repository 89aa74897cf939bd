using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Access;
using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>A reader and an editor key per factory, made once through the admin endpoint as a newsroom would.</summary>
public sealed class ApiKeys(ApiFactory factory)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<ApiKeyRole, string> keys = [];

    public async Task<string> ForAsync(ApiKeyRole role)
    {
        if (role == ApiKeyRole.Admin)
        {
            return factory.AdminKey;
        }

        await gate.WaitAsync();
        try
        {
            if (!keys.TryGetValue(role, out var key))
            {
                keys[role] = key = (await CreateAsync($"test-{role}".ToLowerInvariant(), role)).Key;
            }

            return key;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<HttpClient> ClientAsync(ApiKeyRole role) => factory.CreateClientWithKey(await ForAsync(role));

    public async Task<CreatedApiKeyResponse> CreateAsync(string name, ApiKeyRole role)
    {
        using var admin = factory.CreateClient();
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new ApiKeyRequest { Name = name, Role = role }, Json.Options);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating a key answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.ReadAsync<CreatedApiKeyResponse>())!;
    }
}
