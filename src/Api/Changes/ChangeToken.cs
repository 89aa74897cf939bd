using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NewsroomClaims.Api.Changes;

/// <summary>
/// A position in the change feed: "everything up to and including this change". Opaque to clients, but only a commit
/// sequence number inside, so it stays valid across restarts and on every instance sharing the database.
/// </summary>
public static class ChangeToken
{
    private const string Prefix = "c1:";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{sequence}")));

    public static bool TryDecode(string? token, out long sequence)
    {
        sequence = 0;
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return false;
        }

        return decoded.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(decoded.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
