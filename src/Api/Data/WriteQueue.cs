using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// SQLite lets one writer in at a time and tells the others "database is locked". Rather than let writers race for
/// the file lock (and fail once its busy timeout runs out), write requests queue here for their turn, in process,
/// in arrival order. A request that cannot start within <see cref="DatabaseOptions.WriteQueueTimeout"/> answers
/// 503 with Retry-After: the client retries later instead of holding a connection for minutes. PostgreSQL runs
/// writers side by side and locks rows itself, so there the queue lets everyone through.
/// </summary>
public sealed class WriteQueue(DatabaseOptions options)
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        if (!await turn.WaitAsync(options.WriteQueueTimeout, cancellationToken))
        {
            throw ApiException.Busy($"Writes are queued one at a time and none could start within {options.WriteQueueTimeout.TotalSeconds:0} s.");
        }

        return new Turn(turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
