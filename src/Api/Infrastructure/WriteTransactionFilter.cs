using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Idempotency;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// The one owner of a write request's transaction, as dotnet/eShop's TransactionBehavior is: every POST, PUT, PATCH
/// and DELETE runs inside one database transaction begun here through the provider's execution strategy, and writers,
/// import, extraction and idempotency join it instead of beginning their own (two owners once made a keyed extraction
/// answer 500, "the connection is already in a transaction"). The transaction commits only when the action answered
/// 2xx; the answer is held back until then, so a client never sees success for a write that did not commit.
/// </summary>
/// <remarks>
/// A resource filter's pipeline cannot run twice, so a retrying execution strategy must stay off: the strategy is
/// used so that the transaction is begun the way the provider requires, not to replay requests. On SQLite the request
/// first waits its turn in the <see cref="WriteQueue"/>; the cached reads are dropped once the transaction is over.
/// </remarks>
internal sealed class WriteTransactionFilter(AppDbContext db, WriteQueue queue, WriteActivity activity, IdempotencyStore idempotency,
    IOutputCacheStore cache)
    : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            await next();
            return;
        }

        var key = await IdempotencyStore.ReadAsync(http, context.ActionDescriptor);
        if (key is null && context.ActionDescriptor.EndpointMetadata.OfType<StoresNothingAttribute>().Any())
        {
            await next();
            return;
        }

        using var write = activity.Begin();

        // Read the whole body before queueing: a slow upload must not hold SQLite's one writer.
        await BufferBodyAsync(http.Request);
        try
        {
            using (await queue.EnterAsync(http.RequestAborted))
            {
                var strategy = db.Database.CreateExecutionStrategy();
                await strategy.ExecuteAsync(() => RunAsync(http, key, next));
            }
        }
        finally
        {
            // Also after a failure: a commit whose answer was lost must not leave stale reads behind.
            await cache.EvictByTagAsync(ReadCaching.Tag, default);
        }
    }

    private async Task RunAsync(HttpContext http, IdempotencyKey? key, ResourceExecutionDelegate next)
    {
        var cancellationToken = http.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (key is not null && await idempotency.FindAsync(key, cancellationToken) is { } stored)
        {
            await IdempotencyStore.ReplayAsync(http, stored, key);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new PooledWriteBuffer();
        http.Response.Body = buffer;
        ResourceExecutedContext executed;
        var lostRace = false;
        try
        {
            executed = await next();
            var failed = executed.Exception is not null && !executed.ExceptionHandled;
            if (!failed && http.Response.StatusCode is >= 200 and < 300)
            {
                lostRace = key is not null && !await idempotency.TryStoreAsync(http, key, buffer.ToArray(), cancellationToken);
                if (!lostRace)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
        }
        finally
        {
            http.Response.Body = original;
        }

        if (lostRace)
        {
            // Another request with this key committed first (its record won the primary key): this one's write is
            // rolled back with the transaction, and the client gets the winner's answer.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            http.Response.Clear();
            var winner = await idempotency.LookUpAsync(key!, cancellationToken)
                ?? throw new InvalidOperationException("The idempotency record that won the race is missing.");
            await IdempotencyStore.ReplayAsync(http, winner, key!);
            return;
        }

        // An unhandled exception is answered by the exception handler; what the action began to write is dropped.
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await buffer.WriteToAsync(original, cancellationToken);
        }
    }

    private static async Task BufferBodyAsync(HttpRequest request)
    {
        RequestLimits.BufferInMemory(request);
        await request.Body.DrainAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
    }
}

/// <summary>
/// A POST that stores nothing (the extraction preview): it runs outside the write transaction and SQLite's write
/// queue, like a read, unless an Idempotency-Key asks for its answer to be stored.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class StoresNothingAttribute : Attribute;
