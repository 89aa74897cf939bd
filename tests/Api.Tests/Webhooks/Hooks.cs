using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Tests.Infrastructure;
using NewsroomClaims.Api.Webhooks;

namespace NewsroomClaims.Api.Tests.Webhooks;

/// <summary>The admin calls a webhook test makes.</summary>
public static class Hooks
{
    public static async Task<CreatedWebhookResponse> SubscribeAsync(HttpClient admin, WebhookReceiver receiver, object? filters = null)
    {
        var body = new Dictionary<string, object?> { ["url"] = receiver.Url.ToString() };
        foreach (var property in filters?.GetType().GetProperties() ?? [])
        {
            body[System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = property.GetValue(filters);
        }

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", body, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/v1/webhooks answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadAsync<CreatedWebhookResponse>())!;
    }

    public static async Task<WebhookResponse> GetAsync(HttpClient admin, Guid id) =>
        (await admin.GetFromJsonAsync<WebhookResponse>($"/api/v1/webhooks/{id}", Json.Options))!;

    public static async Task<List<DeliveryResponse>> DeliveriesAsync(HttpClient admin, Guid id)
    {
        var all = new List<DeliveryResponse>();
        string? token = null;
        do
        {
            var page = (await admin.GetFromJsonAsync<NewsroomClaims.Api.Infrastructure.Page<DeliveryResponse>>(
                $"/api/v1/webhooks/{id}/deliveries?pageSize=100{(token is null ? "" : "&pageToken=" + token)}", Json.Options))!;
            all.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return all;
    }

    public static async Task DeleteAsync(HttpClient admin, Guid id) =>
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
}
