using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsroomClaims.Api.Exports;

/// <summary>
/// Text the API stores may hold characters XML 1.0 cannot carry at all, escaped or not (a bell or escape code pasted
/// from a terminal, a lone surrogate). The XML writer refuses them with an exception, which made the whole SVG graph
/// or Atom feed a 500; they are shown as U+FFFD instead. Markup characters need nothing here: the writer escapes them.
/// </summary>
public static class XmlChars
{
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>Cleans every text and attribute value of a document built from stored text.</summary>
    public static XDocument Clean(XDocument document)
    {
        foreach (var text in document.DescendantNodes().OfType<XText>())
        {
            text.Value = Clean(text.Value);
        }

        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes()))
        {
            attribute.Value = Clean(attribute.Value);
        }

        return document;
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
