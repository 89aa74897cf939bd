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
/// and whose database fails an export's second batch when the filter text is <see cref="FailingWord"/>.
/// </summary>
public sealed class ExportFactory : ApiFactory
{
    public const string FailingWord = "zqfailbatch";

    protected override void Configure(IDictionary<string, string?> settings) => settings["Exports:BatchSize"] = "4";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(new FailLaterBatches()));
            services.ConfigureDbContext<PostgresAppDbContext>(options => options.AddInterceptors(new FailLaterBatches()));
        });
    }

    /// <summary>Fails a claims query that starts after a keyset cursor and filters by the failing word: the export's second batch.</summary>
    private sealed class FailLaterBatches : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Check(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        private static void Check(DbCommand command)
        {
            var afterCursor = command.CommandText.Contains("\"SortKey\" <=", StringComparison.Ordinal);
            var failing = command.Parameters.Cast<DbParameter>().Any(p => p.Value is string text && text.Contains(FailingWord, StringComparison.Ordinal));
            if (afterCursor && failing)
            {
                throw new InvalidOperationException("Injected failure of a later export batch.");
            }
        }
    }
}
