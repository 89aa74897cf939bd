using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>BCP 47 language tags: what the API accepts ("en", "uk-UA"), and what an importer makes of what others publish.</summary>
public static partial class LanguageTags
{
    /// <summary>A well-formed tag for a language .NET knows.</summary>
    public static bool IsValid(string tag)
    {
        if (tag.Length > 35 || !TagShape().IsMatch(tag))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(tag, predefinedOnly: false).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// The tag for a language as publishers write it: a tag in any case or with an underscore ("EN_us" is "en-US"),
    /// or a language's English or own name ("English", "Español"). Null when it names no language.
    /// </summary>
    public static string? Normalise(string? text)
    {
        var value = text?.Trim().Replace('_', '-');
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (TagShape().IsMatch(value))
        {
            var parts = value.Split('-');
            var tag = string.Join('-', parts.Select((p, i) => i == 0 ? p.ToLowerInvariant()
                : p.Length == 2 ? p.ToUpperInvariant()
                : p.Length == 4 ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()
                : p.ToLowerInvariant()));
            if (IsValid(tag))
            {
                return tag;
            }
        }

        var named = CultureInfo.GetCultures(CultureTypes.NeutralCultures).FirstOrDefault(c => !c.Equals(CultureInfo.InvariantCulture)
            && (c.EnglishName.Equals(value, StringComparison.OrdinalIgnoreCase) || c.NativeName.Equals(value, StringComparison.OrdinalIgnoreCase)));
        return named?.Name;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex TagShape();
}
