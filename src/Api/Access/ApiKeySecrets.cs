using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsroomClaims.Api.Access;

/// <summary>
/// Key format: <c>nck_{prefix}_{secret}</c>: a 12-character hex prefix that names the key in lists and logs,
/// and 32 random bytes in base64url. The stored hash covers the whole key.
/// </summary>
public static class ApiKeySecrets
{
    public const string Scheme = "nck";
    private const int PrefixLength = 12;

    public static (string Key, string Prefix) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return ($"{Scheme}_{prefix}_{secret}", prefix);
    }

    /// <summary>The prefix of a well-formed key, or null for anything else.</summary>
    public static string? PrefixOf(string? key)
    {
        if (key is null || key.Length < Scheme.Length + PrefixLength + 3 || key.Length > 200 || !key.StartsWith(Scheme + "_", StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = key.Substring(Scheme.Length + 1, PrefixLength);
        return key[Scheme.Length + 1 + PrefixLength] == '_' && prefix.All(char.IsAsciiHexDigitLower) ? prefix : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);
}
