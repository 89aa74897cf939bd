using System.Security.Cryptography;
using System.Text;

namespace NewsroomClaims.Api.Health;

/// <summary>
/// Whether the warm-up has finished, and the secret its own requests carry. The secret is made at start and never leaves
/// the process, and it counts only while the warm-up runs: its requests are not a client's, so they are not charged to the
/// loopback address's rate limit (they would otherwise use up a local user's budget before the first request).
/// </summary>
public sealed class WarmupState
{
    public const string Header = "X-Newsroom-Warmup";

    private volatile bool finished;

    public bool Finished => finished;

    public string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public void Finish() => finished = true;

    /// <summary>True for a request the warm-up sent, while it runs.</summary>
    public bool Sent(HttpContext http) =>
        !finished
        && http.Request.Headers.TryGetValue(Header, out var value)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(value.ToString()), Encoding.ASCII.GetBytes(Secret));
}
