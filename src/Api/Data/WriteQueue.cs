using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// SQLite lets one writer in at a time and tells the others "database is locked". Rather than let writers race for
/// the file lock (and fail once its busy timeout runs out), write requests queue here for their turn, in process,
/// in arrival order. A request that cannot start within <see cref="DatabaseOptions.WriteQueueTimeout"/> answers
/// 503 with Retry-After: the client retries later instead of holding a connection for minutes. PostgreSQL runs
/// writers side by side and locks rows itself, so there the queue lets everyone through.
/// </summary>
/// <remarks>
/// Short bookkeeping writes of background work (the webhook worker recording a turn's deliveries and cursor) enter
/// through <see cref="EnterAheadAsync"/>: they take the next turn before any queued request. Behind 32 writers they
/// would otherwise wait for all of them, again and again (deliveries lagged 20 s), and outside the queue they lose
/// nearly every race for the file lock to the request that the queue hands it to next. They are few (one per delivery
/// turn) and quick, so the requests they pass wait one short write longer.
/// </remarks>
public sealed class WriteQueue(DatabaseOptions options)
{
    private readonly Lock gate = new();
    private readonly LinkedList<TaskCompletionSource> ahead = new();
    private readonly LinkedList<TaskCompletionSource> waiting = new();
    private bool held;

    /// <summary>A write request's turn, in arrival order; null (no turn needed) on PostgreSQL.</summary>
    public Task<IDisposable?> EnterAsync(CancellationToken cancellationToken) => EnterAsync(waiting, cancellationToken);

    /// <summary>The next turn, before the requests waiting: only for short writes that background work must not delay.</summary>
    public Task<IDisposable?> EnterAheadAsync(CancellationToken cancellationToken) => EnterAsync(ahead, cancellationToken);

    private async Task<IDisposable?> EnterAsync(LinkedList<TaskCompletionSource> lane, CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        LinkedListNode<TaskCompletionSource> node;
        lock (gate)
        {
            if (!held)
            {
                held = true;
                return new Turn(this);
            }

            node = lane.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        try
        {
            await node.Value.Task.WaitAsync(options.WriteQueueTimeout, cancellationToken);
            return new Turn(this);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            bool handedOver;
            lock (gate)
            {
                // Still waiting: leave the queue. Otherwise the turn was handed over just now, and is passed on.
                handedOver = node.List is null;
                node.List?.Remove(node);
            }

            if (handedOver)
            {
                Release();
            }

            if (exception is OperationCanceledException)
            {
                throw;
            }

            throw ApiException.Busy($"Writes are queued one at a time and none could start within {options.WriteQueueTimeout.TotalSeconds:0} s.");
        }
    }

    /// <summary>Hands the turn to the first waiting ahead, else to the first request waiting, else frees it.</summary>
    private void Release()
    {
        TaskCompletionSource? next = null;
        lock (gate)
        {
            var lane = ahead.First is not null ? ahead : waiting;
            if (lane.First is { } first)
            {
                lane.RemoveFirst();
                next = first.Value;
            }
            else
            {
                held = false;
            }
        }

        next?.SetResult();
    }

    private sealed class Turn(WriteQueue queue) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                queue.Release();
            }
        }
    }
}
