using System.Net;
using System.Net.Http.Json;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Articles;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>Creates a test's own rows through the API; names carry a unique tag so tests never meet each other's data.</summary>
public sealed class TestData(HttpClient client)
{
    public string Tag { get; } = Guid.NewGuid().ToString("N")[..10];

    public const string Body = "The minister said on Monday that the bridge will reopen in May. Officials warned that \"delays are likely\". According to the ministry, repairs cost 3 million.";

    public async Task<ActorResponse> ActorAsync(string name, ActorKind kind = ActorKind.Person, params string[] aliases)
    {
        var request = new ActorRequest { Name = $"{name} {Tag}", Kind = kind, Aliases = aliases.Select(a => $"{a} {Tag}").ToList() };
        return await PostAsync<ActorResponse>("/api/v1/actors", request);
    }

    public async Task<ArticleResponse> ArticleAsync(Guid? publisherId = null, DateTime? publishedAt = null, string body = Body, string? headline = null)
    {
        var request = new ArticleRequest
        {
            Headline = headline ?? $"Bridge to reopen {Tag}",
            CanonicalUrl = $"https://news.example/{Tag}/{Guid.NewGuid():N}",
            PublisherId = publisherId,
            PublishedAt = publishedAt ?? new DateTime(2025, 4, 30, 8, 0, 0, DateTimeKind.Utc),
            Language = "en",
            Body = body,
        };
        return await PostAsync<ArticleResponse>("/api/v1/articles", request);
    }

    public static ClaimRequest Claim(Guid articleId, Guid speakerId, string content = "the bridge will reopen in May") => new()
    {
        ArticleId = articleId,
        Content = content,
        Kind = ClaimKind.Indirect,
        Cue = "said",
        Speaker = new LinkRequest { ActorId = speakerId, Cue = "said", Span = new SpanDto(4, 12) },
        ContentSpan = new SpanDto(Body.IndexOf("the bridge", StringComparison.Ordinal), Body.IndexOf(" in May", StringComparison.Ordinal) + 7),
    };

    public async Task<ClaimResponse> ClaimAsync(ClaimRequest request) => await PostAsync<ClaimResponse>("/api/v1/claims", request);

    public async Task<T> PostAsync<T>(string path, object request)
    {
        var response = await client.PostAsJsonAsync(path, request, Json.Options);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }
}
