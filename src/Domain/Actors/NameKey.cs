using System.Globalization;
using System.Text;

namespace NewsroomClaims.Domain.Actors;

/// <summary>
/// Folds a name to the key used for uniqueness and look-up: compatibility-normalised, lower-cased,
/// with runs of white space collapsed, so "ZELENSKYY", "Zelenskyy" and "Ｚｅｌｅｎｓｋｙｙ" meet.
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var folded = name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // Typographic apostrophes fold to the ASCII one so "O’Brien" finds "O'Brien".
            builder.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c);
        }

        return builder.ToString();
    }
}
