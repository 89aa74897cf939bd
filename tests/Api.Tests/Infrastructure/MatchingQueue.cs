using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Matching;

namespace NewsroomClaims.Api.Tests.Infrastructure;

/// <summary>Waits for the matching worker, as a client polling would: claims are embedded and grouped after their write commits.</summary>
public static class MatchingQueue
{
    /// <summary>Returns once the factory's queue is empty (every claim written so far is embedded and grouped).</summary>
    public static async Task MatchingSettledAsync(this ApiFactory factory, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        await factory.Services.GetRequiredService<MatchingIndex>().Ready.WaitAsync(timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                if (!await scope.ServiceProvider.GetRequiredService<AppDbContext>().MatchingJobs.AnyAsync())
                {
                    return;
                }
            }

            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(120)))
            {
                throw new TimeoutException("The matching queue did not empty.");
            }

            await Task.Delay(50);
        }
    }
}
