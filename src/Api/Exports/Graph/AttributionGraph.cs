using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Exports.Graph;

/// <summary>Who reported whom in one article: a node per source, an edge per hop of any chain, labelled with its cues.</summary>
public sealed class AttributionGraph
{
    public const string ArticleKey = "article";

    public required string Title { get; init; }
    public required IReadOnlyList<GraphNode> Nodes { get; init; }
    public required IReadOnlyList<GraphEdge> Edges { get; init; }

    /// <summary>
    /// The article's publisher (or the article itself when it has none) is the root; each chain hangs
    /// from it, outermost reporter first. A node's column is the deepest place it holds in any chain.
    /// </summary>
    public static AttributionGraph Build(Article article, IEnumerable<DomainClaim> claims)
    {
        var nodes = new Dictionary<string, GraphNode>();
        var edges = new Dictionary<(string, string), GraphEdge>();
        var root = article.Publisher is { } publisher
            ? Add(nodes, Key(publisher.Id), publisher.Name, publisher.Kind.ToString())
            : Add(nodes, ArticleKey, "This article", "Article");

        foreach (var claim in claims)
        {
            var chain = claim.Chain.OrderBy(l => l.Position).ToList();
            var previous = root;
            string? cue = null;
            foreach (var link in chain)
            {
                var isSpeaker = link.Position == chain[^1].Position;
                var key = link.ActorId is { } id ? Key(id) : "source:" + (link.Description ?? "unnamed source").Trim().ToLowerInvariant();
                var name = link.Actor?.Name ?? link.Description ?? "unnamed source";
                var kind = link.Actor?.Kind.ToString() ?? nameof(ActorKind.AnonymousGroup);
                if (key == previous.Key)
                {
                    // The publisher is the chain's outermost link: no edge to itself.
                    cue = link.Cue;
                    previous.IsSpeaker |= isSpeaker;
                    continue;
                }

                var node = Add(nodes, key, name, kind);
                node.IsSpeaker |= isSpeaker;
                if (!edges.TryGetValue((previous.Key, key), out var edge))
                {
                    edge = new GraphEdge(previous.Key, key);
                    edges[(previous.Key, key)] = edge;
                }

                if ((link.Cue ?? cue) is { Length: > 0 } label && !edge.Cues.Contains(label, StringComparer.OrdinalIgnoreCase))
                {
                    edge.Cues.Add(label);
                }

                edge.Claims++;
                cue = null;
                previous = node;
            }
        }

        PlaceInColumns(nodes, edges.Values);
        return new AttributionGraph { Title = article.Headline, Nodes = [.. nodes.Values], Edges = [.. edges.Values] };
    }

    /// <summary>Longest path from the root; bounded so that a cycle (A cites B, B cites A) cannot run away.</summary>
    private static void PlaceInColumns(Dictionary<string, GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        var list = edges.ToList();
        for (var round = 0; round < nodes.Count; round++)
        {
            var changed = false;
            foreach (var edge in list)
            {
                var (from, to) = (nodes[edge.From], nodes[edge.To]);
                if (to.Column < from.Column + 1 && from.Column + 1 < nodes.Count)
                {
                    to.Column = from.Column + 1;
                    changed = true;
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    private static string Key(Guid actorId) => "actor:" + actorId.ToString("N");

    private static GraphNode Add(Dictionary<string, GraphNode> nodes, string key, string name, string kind)
    {
        if (!nodes.TryGetValue(key, out var node))
        {
            node = new GraphNode(key, name, kind);
            nodes[key] = node;
        }

        return node;
    }
}

/// <summary>A source in the graph: an actor, or an anonymous source keyed by its wording.</summary>
public sealed class GraphNode(string key, string name, string kind)
{
    public string Key { get; } = key;
    public string Name { get; } = name;

    /// <summary>The actor kind (Person, Outlet, ...), AnonymousGroup for a described source, or Article.</summary>
    public string Kind { get; } = kind;

    public int Column { get; set; }
    public bool IsSpeaker { get; set; }
}

/// <summary>"From passed on what To said", for one or more claims, with the cues the article used.</summary>
public sealed class GraphEdge(string from, string to)
{
    public string From { get; } = from;
    public string To { get; } = to;
    public List<string> Cues { get; } = [];
    public int Claims { get; set; }
}
