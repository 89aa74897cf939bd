namespace NewsroomClaims.Api.Data;

/// <summary>
/// Whether write requests are under way: background work that can wait (embedding claims for matching) lets a burst
/// of writes (an archive import) have the cores and runs in the lulls, or at least every <c>maxWait</c> so it never
/// falls behind for good. Counted by <see cref="Infrastructure.WriteTransactionFilter"/>, the owner of every write.
/// </summary>
public sealed class WriteActivity(TimeProvider time)
{
    /// <summary>How long after the last write the requests count as quiet.</summary>
    private static readonly TimeSpan Lull = TimeSpan.FromMilliseconds(200);

    private readonly TimeProvider time = time;
    private int inFlight;
    private long lastEnded;

    public IDisposable Begin()
    {
        Interlocked.Increment(ref inFlight);
        return new Write(this);
    }

    public bool Busy => Volatile.Read(ref inFlight) > 0 || time.GetElapsedTime(Volatile.Read(ref lastEnded)) < Lull;

    /// <summary>Waits until no write request has run for a moment, or <paramref name="maxWait"/> at most.</summary>
    public async Task WaitForLullAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (Busy && time.GetElapsedTime(started) < maxWait)
        {
            await Task.Delay(Lull / 4, time, cancellationToken);
        }
    }

    private sealed class Write(WriteActivity activity) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                Volatile.Write(ref activity.lastEnded, activity.time.GetTimestamp());
                Interlocked.Decrement(ref activity.inFlight);
            }
        }
    }
}
