using System.Text;

namespace NewsroomClaims.Api.Exports.Csv;

/// <summary>One RFC 4180 field, safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    /// <summary>
    /// A cell a spreadsheet would run as a formula (leading = + - @, or a tab or carriage return that
    /// some apps strip first) gets a leading apostrophe, so it shows as text (OWASP CSV injection).
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static void AppendRow(StringBuilder output, IEnumerable<string?> cells)
    {
        output.AppendJoin(',', cells.Select(Escape));
        output.Append("\r\n");
    }
}
