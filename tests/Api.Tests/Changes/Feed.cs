using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Changes;

/// <summary>A change feed consumer as a newsroom tool would write one: it keeps its token and reads on from it.</summary>
public static class Feed
{
    /// <summary>The position of the newest change now: a test that follows the feed from here sees only its own era.</summary>
    public static async Task<string> LatestTokenAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<ChangePage>("/api/v1/changes?pageSize=1", Json.Options);
        return page!.LatestToken;
    }

    public static async Task<ChangePage> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/changes?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/v1/changes?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadAsync<ChangePage>())!;
    }

    /// <summary>Every change after <paramref name="token"/> committed so far, page by page; the last token reached.</summary>
    public static async Task<(List<ChangeResponse> Changes, string Token)> AllAfterAsync(HttpClient client, string token, string filters = "", int pageSize = 100)
    {
        var changes = new List<ChangeResponse>();
        while (true)
        {
            var page = await PageAsync(client, $"after={token}&pageSize={pageSize}{filters}");
            changes.AddRange(page.Changes);
            token = page.NextToken;
            if (!page.HasMore)
            {
                return (changes, token);
            }
        }
    }
}
