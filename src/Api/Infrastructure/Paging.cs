using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>One page of a list, with the opaque token and link that fetch the next one.</summary>
/// <param name="Items">The page's items, in the list's order.</param>
/// <param name="NextPageToken">Pass as <c>pageToken</c> to get the next page; null on the last page.</param>
/// <param name="Next">The full link to the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken, string? Next);

/// <summary>
/// Where the previous page stopped: the last row's sort key and id. Keyset paging keeps pages
/// stable while rows are inserted and costs the same on page 1,000 as on page 1.
/// </summary>
public readonly record struct PageCursor(long SortKey, Guid Id, string Text)
{
    private const string Prefix = "k1:";

    public static string Encode(long sortKey, Guid id, string text = "") =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Prefix}{sortKey}:{id:N}:{text}")));

    public static bool TryDecode(string? token, out PageCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
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

        var parts = decoded.Split(':', 4);
        if (parts.Length != 4 || parts[0] + ":" != Prefix
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
            || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return false;
        }

        cursor = new PageCursor(key, id, parts[3]);
        return true;
    }
}
