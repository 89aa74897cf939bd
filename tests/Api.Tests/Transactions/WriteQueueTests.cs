using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Api.Tests.Transactions;

/// <summary>
/// SQLite's write queue: requests in arrival order, a background bookkeeping write ahead of them (the webhook worker's
/// record of a turn must not wait behind every request queued), and a waiter that gives up leaves no hole behind.
/// </summary>
public sealed class WriteQueueTests
{
    private static WriteQueue Queue() => new(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, WriteQueueTimeout = TimeSpan.FromMinutes(5) });

    [Fact]
    public async Task A_write_entered_ahead_takes_the_next_turn_before_the_requests_waiting()
    {
        var queue = Queue();
        var order = new List<string>();
        var first = await queue.EnterAsync(CancellationToken.None);
        var request1 = Enter(queue.EnterAsync(CancellationToken.None), "request 1", order);
        var request2 = Enter(queue.EnterAsync(CancellationToken.None), "request 2", order);
        var bookkeeping = Enter(queue.EnterAheadAsync(CancellationToken.None), "bookkeeping", order);

        first!.Dispose();
        await Task.WhenAll(request1, request2, bookkeeping);

        Assert.Equal(["bookkeeping", "request 1", "request 2"], order);
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_and_the_next_one_gets_the_turn()
    {
        var queue = Queue();
        var order = new List<string>();
        var first = await queue.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var gaveUp = queue.EnterAsync(cancel.Token);
        var next = Enter(queue.EnterAsync(CancellationToken.None), "next", order);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        first!.Dispose();
        await next;

        Assert.Equal(["next"], order);
        var after = await queue.EnterAsync(CancellationToken.None);
        Assert.NotNull(after);
        after.Dispose();
    }

    [Fact]
    public async Task PostgreSQL_writers_need_no_turn()
    {
        var queue = new WriteQueue(new DatabaseOptions { Provider = DatabaseProvider.Postgres });

        Assert.Null(await queue.EnterAsync(CancellationToken.None));
        Assert.Null(await queue.EnterAheadAsync(CancellationToken.None));
    }

    /// <summary>Records when the turn came, then gives it back at once.</summary>
    private static async Task Enter(Task<IDisposable?> entering, string name, List<string> order)
    {
        using var turn = await entering;
        lock (order)
        {
            order.Add(name);
        }
    }
}
