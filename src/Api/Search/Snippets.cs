using System.Text;

namespace NewsroomClaims.Api.Search;

/// <summary>
/// The engines mark matches with two control characters no article contains; this turns them into
/// &lt;mark&gt; tags after escaping the text, so a snippet is safe HTML whatever the article held.
/// </summary>
public static class Snippets
{
    public const string Start = "\u0002";
    public const string Stop = "\u0003";

    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        foreach (var c in marked)
        {
            _ = c switch
            {
                '\u0002' => html.Append("<mark>"),
                '\u0003' => html.Append("</mark>"),
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
