using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>
/// Schema.org markup as publishers write it in compacted JSON-LD: a term with or without the <c>schema:</c> prefix or as
/// a full schema.org IRI, one value or an array of them, a node given in place or by its <c>@id</c> elsewhere in the
/// document (an <c>@graph</c>), text as a string, a number or a <c>{"@value": ...}</c>. Every node knows its JSONPath,
/// so a value that cannot be read is reported where it stands.
/// </summary>
internal sealed partial class JsonLdNodes
{
    private const int MaxErrors = 50;
    private readonly Dictionary<string, JsonLdNode> byId = [];
    private readonly Dictionary<string, List<string>> errors = [];

    public JsonLdNodes(JsonElement root) => Index(root, "$");

    public bool HasErrors => errors.Count > 0;

    public void Error(string path, string message)
    {
        if (errors.Count < MaxErrors || errors.ContainsKey(path))
        {
            (errors.TryGetValue(path, out var list) ? list : errors[path] = []).Add(message);
        }
    }

    /// <summary>400 with every error found, each under the JSONPath of the value it is about.</summary>
    public ValidationFailedException Failure()
    {
        var state = new ModelStateDictionary();
        foreach (var (path, messages) in errors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(path, message);
            }
        }

        return new ValidationFailedException(state);
    }

    public JsonLdNode Node(JsonElement element, string path) => new(element, path, this);

    /// <summary>The node an <c>{"@id": ...}</c> stands for, when the document describes it elsewhere.</summary>
    public JsonLdNode Resolve(JsonLdNode node) =>
        node.Element.ValueKind == JsonValueKind.Object && node.IsReference && node.Id is { } id && byId.TryGetValue(id, out var described) ? described : node;

    /// <summary>"claimReviewed" for "claimReviewed", "schema:claimReviewed" and "https://schema.org/claimReviewed".</summary>
    public static string Term(string key)
    {
        foreach (var prefix in (string[])["schema:", "http://schema.org/", "https://schema.org/"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key[prefix.Length..];
            }
        }

        return key;
    }

    public static string Child(string path, string key) => SimpleKey().IsMatch(key) ? $"{path}.{key}" : $"{path}['{key.Replace("'", "\\'")}']";

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Every object in the document with an @id and more than the @id, so references to it can be followed.</summary>
    private void Index(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Index(item, Item(path, i++));
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var node = Node(element, path);
            if (node.Id is { } id && !node.IsReference)
            {
                byId.TryAdd(id, node);
            }

            foreach (var property in element.EnumerateObject())
            {
                Index(property.Value, Child(path, property.Name));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleKey();
}

/// <summary>One JSON-LD object of the document, at <see cref="Path"/>.</summary>
internal readonly record struct JsonLdNode(JsonElement Element, string Path, JsonLdNodes Document)
{
    public string? Id => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
        ? id.GetString()
        : null;

    /// <summary>Only an @id (and perhaps an @type): a pointer to a node described elsewhere.</summary>
    public bool IsReference => Element.EnumerateObject().All(p => p.Name is "@id" or "@type");

    /// <summary>The node's types as schema.org terms ("ClaimReview").</summary>
    public IReadOnlyList<string> Types
    {
        get
        {
            if (Element.ValueKind != JsonValueKind.Object || !Element.TryGetProperty("@type", out var type))
            {
                return [];
            }

            return type.ValueKind switch
            {
                JsonValueKind.String => [JsonLdNodes.Term(type.GetString()!)],
                JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => JsonLdNodes.Term(t.GetString()!)).ToList(),
                _ => [],
            };
        }
    }

    public bool Is(params string[] types) => Types.Any(types.Contains);

    /// <summary>Each value of the term (the items of an array one by one), with its path.</summary>
    public IEnumerable<(JsonElement Value, string Path)> Values(string term)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in Element.EnumerateObject())
        {
            if (JsonLdNodes.Term(property.Name) != term)
            {
                continue;
            }

            var path = JsonLdNodes.Child(Path, property.Name);
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    yield return (item, JsonLdNodes.Item(path, i++));
                }
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                yield return (property.Value, path);
            }
        }
    }

    /// <summary>The first value of the term, or null.</summary>
    public (JsonElement Value, string Path)? First(string term) => Values(term).Select(v => ((JsonElement, string)?)v).FirstOrDefault();

    /// <summary>The term's nodes (objects, with references followed); a plain string value is reported as such to <paramref name="text"/>.</summary>
    public IEnumerable<JsonLdNode> Nodes(string term, Action<string, string>? text = null)
    {
        foreach (var (value, path) in Values(term))
        {
            if (value.ValueKind == JsonValueKind.Object && !value.TryGetProperty("@value", out _))
            {
                yield return Document.Resolve(Document.Node(value, path));
            }
            else if (text is not null && Text(value, path) is { } words)
            {
                text(words, path);
            }
        }
    }

    /// <summary>The term's first value as plain text (HTML dropped, entities decoded), or null; an object or a list where text belongs is an error.</summary>
    public string? Text(string term) => First(term) is { } first ? Text(first.Value, first.Path) : null;

    public string? Text(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return ImportText.Plain(value.GetString());
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Object when value.TryGetProperty("@value", out var literal) && literal.ValueKind is JsonValueKind.String or JsonValueKind.Number:
                return literal.ValueKind == JsonValueKind.String ? ImportText.Plain(literal.GetString()) : literal.GetRawText();
            default:
                Document.Error(path, "Must be text.");
                return null;
        }
    }
}
