using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>
/// Reading the values fact-checkers' markup holds as text: HTML fragments and entities where plain text belongs, dates
/// in whatever form a CMS printed them, numbers as strings.
/// </summary>
public static partial class ImportText
{
    /// <summary>
    /// Plain text: tags dropped (a line break, paragraph or other block becomes a space, "&lt;b&gt;" and other inline tags
    /// nothing, so "&lt;strong&gt;3 million&lt;/strong&gt;." stays "3 million."), entities decoded (twice at most: CMS output is
    /// often escaped twice, "&amp;amp;#8217;"), white space collapsed. Null for nothing but white space.
    /// </summary>
    public static string? Plain(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Tag().Replace(value, tag => Block().IsMatch(tag.Value) ? " " : "");
        for (var i = 0; i < 2 && text.Contains('&'); i++)
        {
            text = WebUtility.HtmlDecode(text);
        }

        text = Space().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A number as JSON or as a string ("4", "4.5", "4,5"); null when it is not one.</summary>
    public static decimal? Number(string text)
    {
        var value = text.Trim().Replace(',', '.');
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>
    /// A date as publishers print it, with how much of it is known: ISO 8601 with or without a time and offset (the day
    /// is the one at the given offset), "2024-03", "2024", "20240305", RFC 1123, "March 5, 2024", "5 March 2024", a day
    /// and month in numbers when only one reading is possible ("25/03/2024"), and Unix time in seconds or milliseconds.
    /// Null when the text is no date, or could be two ("03/05/2024": 3 May or 5 March).
    /// </summary>
    public static (DateOnly Date, DatePrecision Precision)? Date(string text)
    {
        var value = text.Trim();
        if (YearOnly().IsMatch(value))
        {
            return (new DateOnly(int.Parse(value, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year);
        }

        if (YearMonth().Match(value) is { Success: true } ym && int.Parse(ym.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
        {
            return (new DateOnly(int.Parse(ym.Groups[1].Value, CultureInfo.InvariantCulture), month, 1), DatePrecision.Month);
        }

        if (Compact().IsMatch(value) && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return (compact, DatePrecision.Day);
        }

        if (Epoch().IsMatch(value) && long.TryParse(value, CultureInfo.InvariantCulture, out var epoch))
        {
            var at = value.Length > 11 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return (DateOnly.FromDateTime(at.UtcDateTime), DatePrecision.Day);
        }

        if (Numeric().Match(value) is { Success: true } numeric)
        {
            return DayMonth(numeric);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return (DateOnly.FromDateTime(parsed.DateTime), DatePrecision.Day);
        }

        return null;
    }

    /// <summary>"25/03/2024" or "3-25-2024": the part above 12 is the day; two parts of 12 or less that differ could be either.</summary>
    private static (DateOnly, DatePrecision)? DayMonth(Match numeric)
    {
        var first = int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture);
        year += numeric.Groups[3].Value.Length == 2 ? 2000 : 0;
        var (day, month) = first > 12 ? (first, second) : second > 12 ? (second, first) : first == second ? (first, first) : (0, 0);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? (new DateOnly(year, month, day), DatePrecision.Day)
            : null;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^</?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr|figure|figcaption)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"^\d{9,13}$")]
    private static partial Regex Epoch();

    [GeneratedRegex(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")]
    private static partial Regex Numeric();
}
