using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Durability;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Transactions;

/// <summary>A database of its own, so counting rows sees only this class's writes.</summary>
public sealed class WriteOperationsFactory : ApiFactory;

/// <summary>
/// Every POST, PUT, PATCH and DELETE the API documents, sent with and without Idempotency-Key and with no, the current
/// or a stale If-Match: none answers 5xx, a stale If-Match never writes, and a replayed key answers as before and
/// writes nothing. The operation list is checked against the OpenAPI document, so a new write cannot be left out.
/// </summary>
public sealed class WriteOperationsTests(WriteOperationsFactory factory) : IClassFixture<WriteOperationsFactory>
{
    private const string StaleETag = "\"00000000000000000000000000000000\"";
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, template) in WriteOperations.All.Keys)
        {
            data.Add(method, template);
        }

        return data;
    }

    [Fact]
    public async Task TheOperationListCoversEveryDocumentedWrite()
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Method: op.Name.ToUpperInvariant(), Template: path.Name)))
            .Where(op => op.Method is "POST" or "PUT" or "PATCH" or "DELETE")
            .OrderBy(op => op).ToList();

        Assert.Equal(documented, WriteOperations.All.Keys.OrderBy(op => op).ToList());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task NoWriteAnswers5xxAndAReplayWritesNothing(string method, string template)
    {
        var prepare = WriteOperations.All[(method, template)];
        foreach (var idempotent in new[] { false, true })
        {
            foreach (var ifMatch in new[] { IfMatch.None, IfMatch.Current, IfMatch.Stale })
            {
                var target = await prepare(new WriteOperations.Setup(client, factory.Services));
                var key = idempotent ? Guid.NewGuid().ToString() : null;
                var before = await CountRowsAsync();
                var first = await SendAsync(target, key, ifMatch);
                var what = $"{method} {template} key={idempotent} if-match={ifMatch}: {(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}";

                Assert.True((int)first.StatusCode < 500, what);
                var honoursIfMatch = target.ETag is not null;
                if (ifMatch == IfMatch.Stale && honoursIfMatch)
                {
                    Assert.True(first.StatusCode == HttpStatusCode.PreconditionFailed, what);
                    Assert.Equal(before, await CountRowsAsync());
                    continue;
                }

                Assert.True(first.IsSuccessStatusCode, what);
                if (key is null || method != "POST" || !target.Idempotent)
                {
                    continue;
                }

                var written = await CountRowsAsync();
                var replay = await SendAsync(target, key, ifMatch);
                Assert.Equal(first.StatusCode, replay.StatusCode);
                Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
                Assert.True(replay.Headers.Contains("Idempotent-Replayed"), what);
                Assert.Equal(written, await CountRowsAsync());
            }
        }
    }

    public enum IfMatch
    {
        None,
        Current,
        Stale,
    }

    private async Task<HttpResponseMessage> SendAsync(WriteOperations.Target target, string? key, IfMatch ifMatch)
    {
        var request = new HttpRequestMessage(target.Method, target.Path);
        if (target.Body is not null)
        {
            request.Content = JsonContent.Create(target.Body, options: Json.Options);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(target.ContentType);
        }

        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var etag = ifMatch switch
        {
            IfMatch.Current => target.ETag ?? "*",
            IfMatch.Stale => StaleETag,
            _ => null,
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Rows in every table a write touches; revisions count every change to an article, actor, claim, review or statement.</summary>
    private async Task<string> CountRowsAsync()
    {
        // The matching worker writes after a claim write commits (statements and their revisions): count once it is done.
        await factory.MatchingSettledAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return string.Join(" ",
            await db.Articles.CountAsync(), await db.Actors.CountAsync(), await db.Claims.CountAsync(), await db.ChainLinks.CountAsync(),
            await db.ClaimSubjects.CountAsync(), await db.ClaimRelations.CountAsync(), await db.Reviews.CountAsync(), await db.Revisions.CountAsync(),
            await db.ApiKeys.CountAsync(), await db.ApiKeys.CountAsync(k => k.RevokedAt != null),
            await db.WebhookSubscriptions.CountAsync(), await db.WebhookDeliveries.CountAsync());
    }
}
