using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>The system clock, moved forward on demand.</summary>
public sealed class ShiftedTime : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}

public sealed class ShiftedTimeFactory : ApiFactory
{
    public ShiftedTime Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

public sealed class IdempotencyExpiryTests(ShiftedTimeFactory factory) : IClassFixture<ShiftedTimeFactory>
{
    [Fact]
    public async Task AKeyIsFreeAgainOnceItsAnswerHasExpired()
    {
        var client = factory.CreateClient();
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> PostAsync(string tag)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = JsonContent.Create(IdempotencyTests.Article(tag), options: Json.Options) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var first = await PostAsync("first" + key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync("second" + key)).StatusCode);

        factory.Time.Shift = TimeSpan.FromHours(25);
        var afterExpiry = await PostAsync("second" + key);

        Assert.Equal(HttpStatusCode.Created, afterExpiry.StatusCode);
        Assert.NotEqual(first.Headers.Location, afterExpiry.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(afterExpiry.Headers.Location)).StatusCode);
    }
}
