using System.Text;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Extractions;

internal static class ExtractionLimits
{
    public const int TextBytes = 1024 * 1024;

    /// <summary>Room for 1 MB of text after JSON escaping (a quote or a non-ASCII letter can take 6 bytes).</summary>
    public const int RequestBytes = 8 * TextBytes;

    /// <summary>
    /// Accurate mode costs about 0.3 s of one core per 5 KB article; a megabyte would hold a core for a minute, so
    /// longer texts go to fast mode (or are split) instead.
    /// </summary>
    public const int AccurateTextBytes = 256 * 1024;

    public static void EnsureTextFits(string text, ExtractionMode mode)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > TextBytes)
        {
            throw new ApiException(StatusCodes.Status413PayloadTooLarge, "Text too large.",
                $"The text is over {TextBytes:N0} bytes of UTF-8; split the article or extract it in parts.");
        }

        if (mode == ExtractionMode.Accurate && bytes > AccurateTextBytes)
        {
            throw new ApiException(StatusCodes.Status413PayloadTooLarge, "Text too large for accurate mode.",
                $"Accurate mode reads up to {AccurateTextBytes:N0} bytes of UTF-8; this text has {bytes:N0}. Send \"mode\": \"fast\" (up to {TextBytes:N0} bytes) or split the text.");
        }
    }
}
