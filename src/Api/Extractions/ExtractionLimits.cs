using System.Text;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Extractions;

internal static class ExtractionLimits
{
    public const int TextBytes = 1024 * 1024;

    /// <summary>Room for 1 MB of text after JSON escaping (a quote or a non-ASCII letter can take 6 bytes).</summary>
    public const int RequestBytes = 8 * TextBytes;

    public static void EnsureTextFits(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) > TextBytes)
        {
            throw new ApiException(StatusCodes.Status413PayloadTooLarge, "Text too large.",
                $"The text is over {TextBytes:N0} bytes of UTF-8; split the article or extract it in parts.");
        }
    }
}
