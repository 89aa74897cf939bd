namespace NewsroomClaims.Api.Health;

/// <summary>The start-up warm-up (section "Warmup"); see <see cref="Warmup"/>.</summary>
public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    /// <summary>Off, the API is ready as soon as its database answers, and its first seconds of load run on unoptimised code.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The warm-up stops after this long even if the JIT is still compiling.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(30);
}
