using System.Globalization;
using System.Xml.Linq;

namespace NewsroomClaims.Api.Exports.Graph;

/// <summary>
/// Draws an <see cref="AttributionGraph"/> left to right: the publisher, then each reporter in the order
/// the chains pass the statement on, the speakers last. Arrows carry the cues ("according to", "said").
/// </summary>
public static class AttributionGraphSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int ColumnWidth = 360, NodeWidth = 210, LineHeight = 16, RowGap = 34, Margin = 30, TitleHeight = 50, LegendHeight = 60;

    private static readonly Dictionary<string, (string Fill, string Stroke, string Label)> Styles = new()
    {
        ["Article"] = ("#eeeeee", "#555555", "article"),
        ["Outlet"] = ("#dbe8fb", "#2f5f9e", "outlet"),
        ["AnonymousGroup"] = ("#f4f4f4", "#888888", "anonymous source"),
        ["Person"] = ("#fde9c8", "#b5731b", "person"),
        ["Government"] = ("#dff2e1", "#2e7d3a", "government"),
        ["Organisation"] = ("#ece1f5", "#6a3f93", "organisation"),
    };

    public static XDocument Render(AttributionGraph graph)
    {
        var boxes = Layout(graph);
        var width = Math.Max(640, (boxes.Values.Max(b => b.Column) + 1) * ColumnWidth + Margin);
        var height = Math.Max(TitleHeight + 120, boxes.Values.Max(b => b.Y + b.Height)) + LegendHeight;

        var svg = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", "Liberation Sans, Arial, Helvetica, sans-serif"), new XAttribute("font-size", 13),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "graph-title"),
            new XElement(Svg + "title", new XAttribute("id", "graph-title"), $"Who reported whom: {graph.Title}"),
            new XElement(Svg + "defs", new XElement(Svg + "marker",
                new XAttribute("id", "arrow"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", 10), new XAttribute("refY", 5),
                new XAttribute("markerWidth", 10), new XAttribute("markerHeight", 10), new XAttribute("markerUnits", "userSpaceOnUse"), new XAttribute("orient", "auto-start-reverse"),
                new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#444")))),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            new XElement(Svg + "text", new XAttribute("x", Margin), new XAttribute("y", 30), new XAttribute("font-size", 16), new XAttribute("font-weight", "bold"),
                Shorten($"Who reported whom: {graph.Title}", 110)));

        foreach (var edge in graph.Edges)
        {
            svg.Add(Edge(edge, boxes[edge.From], boxes[edge.To]));
        }

        foreach (var node in graph.Nodes)
        {
            svg.Add(Node(node, boxes[node.Key]));
        }

        svg.Add(Legend(height - LegendHeight + 20));
        return XmlChars.Clean(new XDocument(new XDeclaration("1.0", "utf-8", null), svg));
    }

    private sealed record Box(int Column, int X, int Y, int Height, IReadOnlyList<string> Lines);

    private static Dictionary<string, Box> Layout(AttributionGraph graph)
    {
        var boxes = new Dictionary<string, Box>();
        foreach (var column in graph.Nodes.GroupBy(n => n.Column))
        {
            var y = TitleHeight + 20;
            foreach (var node in column)
            {
                var lines = Wrap(node.Name, 26, 3);
                var height = 20 + lines.Count * LineHeight;
                boxes[node.Key] = new Box(column.Key, Margin + column.Key * ColumnWidth, y, height, lines);
                y += height + RowGap;
            }
        }

        return boxes;
    }

    private static XElement Node(GraphNode node, Box box)
    {
        var (fill, stroke, label) = Styles.GetValueOrDefault(node.Kind, Styles["Organisation"]);
        var rect = new XElement(Svg + "rect", new XAttribute("x", box.X), new XAttribute("y", box.Y), new XAttribute("width", NodeWidth),
            new XAttribute("height", box.Height), new XAttribute("rx", 8), new XAttribute("fill", fill), new XAttribute("stroke", stroke),
            new XAttribute("stroke-width", node.IsSpeaker ? 3 : 1.5));
        if (node.Kind == "AnonymousGroup")
        {
            rect.Add(new XAttribute("stroke-dasharray", "6 4"));
        }

        var text = new XElement(Svg + "text", new XAttribute("x", box.X + NodeWidth / 2), new XAttribute("text-anchor", "middle"),
            box.Lines.Select((line, i) => new XElement(Svg + "tspan", new XAttribute("x", box.X + NodeWidth / 2),
                new XAttribute("y", box.Y + 24 + i * LineHeight), line)));
        var role = node.IsSpeaker ? $"{label}, speaker" : label;
        return new XElement(Svg + "g", new XAttribute("class", $"node {node.Kind.ToLowerInvariant()}"),
            new XAttribute("data-name", node.Name), new XElement(Svg + "title", $"{node.Name} ({role})"), rect, text);
    }

    private static XElement Edge(GraphEdge edge, Box from, Box to)
    {
        double x1 = from.X + NodeWidth, y1 = from.Y + from.Height / 2.0;
        double x2 = to.X, y2 = to.Y + to.Height / 2.0;
        if (to.Column <= from.Column)
        {
            // A hop back to an earlier column (one source citing another both ways): loop around below.
            (x1, x2) = (from.X + NodeWidth / 2.0, to.X + NodeWidth / 2.0);
            (y1, y2) = (from.Y + from.Height, to.Y + to.Height);
        }

        var bend = Math.Max(40, Math.Abs(x2 - x1) / 2);
        var path = to.Column <= from.Column
            ? $"M {F(x1)} {F(y1)} C {F(x1)} {F(y1 + 60)}, {F(x2)} {F(y2 + 60)}, {F(x2)} {F(y2)}"
            : $"M {F(x1)} {F(y1)} C {F(x1 + bend)} {F(y1)}, {F(x2 - bend)} {F(y2)}, {F(x2)} {F(y2)}";
        var label = edge.Cues.Count == 0 ? "" : string.Join(", ", edge.Cues.Take(3)) + (edge.Cues.Count > 3 ? ", …" : "");
        // Labels sit three quarters along, where arrows fanning out of one box have already parted.
        var (mx, my) = to.Column <= from.Column ? ((x1 + x2) / 2, Math.Max(y1, y2) + 50) : Bezier(0.72, x1, y1, x1 + bend, x2 - bend, x2, y2);
        var group = new XElement(Svg + "g", new XAttribute("class", "edge"),
            new XElement(Svg + "title", $"{edge.Claims} claim(s); cues: {(label.Length > 0 ? label : "none")}"),
            new XElement(Svg + "path", new XAttribute("d", path), new XAttribute("fill", "none"), new XAttribute("stroke", "#444"),
                new XAttribute("stroke-width", Math.Min(1.2 + edge.Claims * 0.4, 4).ToString("0.#", CultureInfo.InvariantCulture)),
                new XAttribute("marker-end", "url(#arrow)")));
        if (label.Length > 0)
        {
            group.Add(new XElement(Svg + "text", new XAttribute("x", F(mx)), new XAttribute("y", F(my - 6)), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", 12), new XAttribute("font-style", "italic"), new XAttribute("fill", "#222"),
                new XAttribute("paint-order", "stroke"), new XAttribute("stroke", "white"), new XAttribute("stroke-width", 4), Shorten(label, 40)));
        }

        return group;
    }

    private static XElement Legend(int y)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"), new XAttribute("font-size", 12));
        var x = Margin;
        foreach (var (fill, stroke, label) in Styles.Values.Where(s => s.Label != "article"))
        {
            legend.Add(new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", 14), new XAttribute("height", 14),
                    new XAttribute("fill", fill), new XAttribute("stroke", stroke)),
                new XElement(Svg + "text", new XAttribute("x", x + 20), new XAttribute("y", y + 12), label));
            x += 30 + label.Length * 7;
        }

        legend.Add(new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", y + 12), "thick border: speaker; arrows: who passed on whose words"));
        return legend;
    }

    private static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : $"{line} {word}";
        }

        lines.Add(line);
        return lines.Count <= maxLines ? lines : [.. lines.Take(maxLines - 1), Shorten(string.Join(' ', lines.Skip(maxLines - 1)), width)];
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static (double X, double Y) Bezier(double t, double x1, double y1, double cx1, double cx2, double x2, double y2)
    {
        var u = 1 - t;
        return (u * u * u * x1 + 3 * u * u * t * cx1 + 3 * u * t * t * cx2 + t * t * t * x2,
            u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2);
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
