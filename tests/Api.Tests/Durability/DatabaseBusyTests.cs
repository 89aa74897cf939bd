using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Actors;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Infrastructure;
using Npgsql;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>A writer that gives up on SQLite's queue after one second instead of ten, so the test need not wait long.</summary>
public sealed class ShortWriteQueueFactory : ApiFactory
{
    protected override void Configure(IDictionary<string, string?> settings) => settings["Database:WriteQueueTimeout"] = "00:00:01";
}

/// <summary>
/// When the database cannot take a write now, the client is told to come back (503 with Retry-After), not that the
/// request broke something (500), and nothing of it is stored. Each database is held back the way it would be in
/// production: SQLite by another process holding its one write lock, so the API's writers queue and the one that cannot
/// start in time gives up; PostgreSQL by a deadlock between the API's transaction and another session's, which
/// PostgreSQL breaks by rolling the API's back.
/// </summary>
public sealed class DatabaseBusyTests(ShortWriteQueueFactory factory) : IClassFixture<ShortWriteQueueFactory>
{
    [Fact]
    public async Task AWriteTheDatabaseCannotTakeNowAnswers503WithRetryAfterAndStoresNothing()
    {
        var client = factory.CreateClient();
        var data = new TestData(client);
        var first = await data.ActorAsync("Busy first " + Guid.NewGuid().ToString("N")[..8]);
        var second = await data.ActorAsync("Busy second " + Guid.NewGuid().ToString("N")[..8]);

        var (refused, refusedActor, served, servedActor) = factory.Provider == "Postgres"
            ? await DeadlockAsync(client, first) ?? await DeadlockAsync(client, second)
                ?? throw new InvalidOperationException("PostgreSQL chose the test's own session twice: the machine held the test back past deadlock_timeout.")
            : await QueuedPastItsTimeAsync(client, first, second);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta?.TotalSeconds > 0, $"Retry-After: {refused.Headers.RetryAfter}");
        await refused.ReadProblemAsync();
        var stored = await client.GetFromJsonAsync<ActorResponse>($"/api/v1/actors/{refusedActor.Id}", Json.Options);
        Assert.Equal(refusedActor.Description, stored!.Description);
        var history = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/actors/{refusedActor.Id}/history");
        Assert.Equal(1, history.GetArrayLength());

        if (served is not null)
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            var changed = await client.GetFromJsonAsync<ActorResponse>($"/api/v1/actors/{servedActor!.Id}", Json.Options);
            Assert.Equal("edited while busy", changed!.Description);
        }
    }

    /// <summary>
    /// SQLite: another connection holds the write lock. The first edit takes the API's turn and waits for the lock; the
    /// second waits for the turn, gives up after a second and answers 503. Released, the first goes through.
    /// </summary>
    private async Task<(HttpResponseMessage, ActorResponse, HttpResponseMessage?, ActorResponse?)> QueuedPastItsTimeAsync(
        HttpClient client, ActorResponse first, ActorResponse second)
    {
        await using var other = new SqliteConnection(ConnectionString());
        await other.OpenAsync();
        await using var holding = other.BeginTransaction(deferred: false);

        var firstEdit = client.PatchAsJsonAsync($"/api/v1/actors/{first.Id}", new { description = "edited while busy" });
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var secondEdit = client.PatchAsJsonAsync($"/api/v1/actors/{second.Id}", new { description = "edited while busy" });

        // Whichever took the turn is still waiting for the lock; the other has given up.
        var gaveUp = await Task.WhenAny(firstEdit, secondEdit);
        await holding.RollbackAsync();
        var waited = gaveUp == firstEdit ? secondEdit : firstEdit;
        return (await gaveUp, gaveUp == firstEdit ? first : second, await waited, waited == firstEdit ? first : second);
    }

    /// <summary>
    /// PostgreSQL: another session holds the change feed's lock. The API's edit locks the actor's row and waits for the
    /// feed's lock at commit; the other session then asks for the actor's row. Each waits for the other, and PostgreSQL
    /// breaks the cycle by rolling back the transaction that has waited longest, the API's. Null when a stalled machine
    /// let the API's wait pass deadlock_timeout before the other session asked (PostgreSQL then rolls the other back).
    /// </summary>
    private async Task<(HttpResponseMessage, ActorResponse, HttpResponseMessage?, ActorResponse?)?> DeadlockAsync(HttpClient client, ActorResponse actor)
    {
        await using var other = new NpgsqlConnection(ConnectionString());
        await other.OpenAsync();
        await using var holding = await other.BeginTransactionAsync();
        // The change feed's lock, which every committing writer takes last.
        await Execute(other, $"SELECT pg_advisory_xact_lock({ChangeSequencer.FeedLock})");

        var edit = client.PatchAsJsonAsync($"/api/v1/actors/{actor.Id}", new { description = "edited while busy" });
        await using (var watcher = new NpgsqlConnection(ConnectionString()))
        {
            await watcher.OpenAsync();
            // Only this database's waits: other test classes' writers queue for their own databases' feed locks.
            while (!edit.IsCompleted && await Scalar(watcher, """
                       SELECT count(*) FROM pg_locks
                       WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                       """) == 0)
            {
                await Task.Delay(10);
            }
        }

        // Well inside deadlock_timeout (1 s) of the API's wait, so the API's check is the one that finds the cycle.
        var taking = Execute(other, $"UPDATE \"Actors\" SET \"Description\" = 'the other session' WHERE \"Id\" = '{actor.Id}'");
        var refused = await edit;
        try
        {
            await taking;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected)
        {
            return null;
        }

        await holding.RollbackAsync();
        return (refused, actor, null, null);
    }

    private string ConnectionString()
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
