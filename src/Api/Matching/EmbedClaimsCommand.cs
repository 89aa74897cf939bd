using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;
using Spectre.Console;

namespace NewsroomClaims.Api.Matching;

/// <summary>
/// <c>dotnet run --project src/Api -- embed-claims [--all]</c>: migrates the configured database, queues every claim
/// without an embedding by the current model (with <c>--all</c>, every claim: after a model change, say), then embeds
/// and groups them on every core with a progress bar, and exits without starting the server. A server running
/// meanwhile keeps working: the queue is the same, and whoever takes a job first does it.
/// </summary>
public static class EmbedClaimsCommand
{
    public const string Name = "embed-claims";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var all = args.Contains("--all");
        var threads = Environment.ProcessorCount;
        var clock = Stopwatch.StartNew();
        var index = services.GetRequiredService<MatchingIndex>();
        int queued;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await index.CatchUpAsync(db, CancellationToken.None);
            index.MarkLoaded();
            await MatchingSweep.QueueUnembeddedAsync(scope.ServiceProvider, CancellationToken.None, all);
            queued = await db.MatchingJobs.CountAsync();
        }

        Console.WriteLine($"{queued} claims to embed with {threads} threads ({index.Codes.Count} already in the index).");
        var done = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Embedding claims", maxValue: Math.Max(queued, 1));
                while (true)
                {
                    await using var scope = services.CreateAsyncScope();
                    var taken = await scope.ServiceProvider.GetRequiredService<MatchingProcessor>()
                        .ProcessBatchAsync(CancellationToken.None, batchSize: 64 * threads, threads: threads);
                    if (taken == 0)
                    {
                        break;
                    }

                    done += taken;
                    task.Increment(taken);
                }

                task.Value = task.MaxValue;
            });

        await using (var scope = services.CreateAsyncScope())
        {
            var left = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MatchingJobs.CountAsync();
            Console.WriteLine($"Embedded {done} claims in {clock.Elapsed.TotalSeconds:0.0} s ({done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0} claims/s); " +
                $"{index.Codes.Count} claims matchable; {left} jobs left (failed ones wait and are retried).");
            return left == 0 ? 0 : 1;
        }
    }
}
