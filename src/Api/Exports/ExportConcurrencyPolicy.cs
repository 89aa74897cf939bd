using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsroomClaims.Api.Exports;

/// <summary>
/// Counts whole-list exports running on this instance: each holds a connection and a database snapshot for as long
/// as it streams (minutes at a million claims), so beyond <see cref="ExportOptions.MaxConcurrent"/> another answers
/// 429. Its own rejection text replaces the per-key rate limit's, which would name the wrong limit.
/// </summary>
internal sealed class ExportConcurrencyPolicy(IOptions<ExportOptions> options) : IRateLimiterPolicy<string>
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"{options.Value.MaxConcurrent} exports are already streaming; retry after {RetryAfter.TotalSeconds:0} s, or narrow the filters.",
            },
        });
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(ExportOptions.ConcurrencyPolicy, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxConcurrent,
            QueueLimit = 0,
        });
}
