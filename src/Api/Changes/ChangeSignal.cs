namespace NewsroomClaims.Api.Changes;

/// <summary>
/// Tells waiting feed readers and webhook workers in this process that a transaction committed, so they look at once
/// instead of at their next poll. Other instances find the same changes at their own next poll of the database.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>Completes at the next commit after this call, or never; pair it with a timeout.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Notify() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>Waits for the next commit or until <paramref name="timeout"/> passes, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Next.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
