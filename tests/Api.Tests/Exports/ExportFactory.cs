using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Exports;

/// <summary>
/// A host whose exports read four claims per query, so a test's few dozen claims cross many batch boundaries,
/// whose database fails an export's second batch when the filter text is <see cref="FailingWord"/>, holds it
/// until <see cref="ReleaseHeldBatch"/> when the text is <see cref="HoldingWord"/>, and which streams one export at a time.
/// </summary>
public sealed class ExportFactory : ApiFactory
{
    public const string FailingWord = "zqfailbatch";
    public const string HoldingWord = "zqholdbatch";

    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once an export's second batch is waiting on <see cref="ReleaseHeldBatch"/>.</summary>
    public Task BatchHeld => held.Task;

    public void ReleaseHeldBatch() => released.TrySetResult();

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Exports:BatchSize"] = "4";
        settings["Exports:MaxConcurrent"] = "1";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(new FailLaterBatches(this)));
            services.ConfigureDbContext<PostgresAppDbContext>(options => options.AddInterceptors(new FailLaterBatches(this)));
        });
    }

    /// <summary>
    /// Fails, or holds, a claims query that starts after a keyset cursor and filters by the failing or holding word:
    /// the export's second batch.
    /// </summary>
    private sealed class FailLaterBatches(ExportFactory factory) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            if (IsLaterBatchFor(command, HoldingWord))
            {
                factory.held.TrySetResult();
                factory.released.Task.Wait();
            }

            Check(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (IsLaterBatchFor(command, HoldingWord))
            {
                factory.held.TrySetResult();
                await factory.released.Task.WaitAsync(cancellationToken);
            }

            Check(command);
            return result;
        }

        private static bool IsLaterBatchFor(DbCommand command, string word) =>
            command.CommandText.Contains("\"SortKey\" <=", StringComparison.Ordinal)
            && command.Parameters.Cast<DbParameter>().Any(p => p.Value is string text && text.Contains(word, StringComparison.Ordinal));

        private static void Check(DbCommand command)
        {
            if (IsLaterBatchFor(command, FailingWord))
            {
                throw new InvalidOperationException("Injected failure of a later export batch.");
            }
        }
    }
}
