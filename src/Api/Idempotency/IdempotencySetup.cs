using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsroomClaims.Api.Idempotency;

public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>
    /// How long a stored answer is replayed. After that the key is free again and the record is purged, so the table
    /// does not grow with every POST ever retried-proofed; clients retry within minutes, not days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}

public static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<IdempotencyPurge>();
        return services;
    }
}
