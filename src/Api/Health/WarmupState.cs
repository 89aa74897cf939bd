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

    private readonly byte[] secret = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
    private volatile bool finished;

    public bool Finished => finished;

    public string Secret => Encoding.ASCII.GetString(secret);

    public void Finish() => finished = true;

    /// <summary>True for a request the warm-up sent, while it runs.</summary>
    public bool Sent(HttpContext http) =>
        !finished
        && http.Request.Headers.TryGetValue(Header, out var value)
        && value.ToString() is { Length: > 0 } text
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(text), secret);
}
