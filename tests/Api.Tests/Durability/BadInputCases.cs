using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>One generated request: what it targets, how it is broken, and the bytes to send.</summary>
public sealed record BadInputCase(string Method, string Url, string Description, byte[]? Body, string ContentType = "application/json");

/// <summary>
/// Builds malformed requests for every operation in the OpenAPI document: a plausible body from each request schema,
/// then every string, number and enum field and every query parameter replaced by hostile values, plus broken JSON.
/// </summary>
public sealed class BadInputCases(JsonElement document, IReadOnlyDictionary<string, Guid> ids, int seed)
{
    private const string Raw = "__raw_token__";
    private readonly Random random = new(seed);

    /// <summary>Values a field or parameter gets instead of a sensible one; RAW ones are spliced into the JSON text as is.</summary>
    private static readonly (string Name, JsonNode? Value, string? RawJson, byte[]? RawBytes)[] FieldValues =
    [
        ("overlong string", JsonValue.Create(new string('x', 20_000)), null, null),
        ("SQL fragment", JsonValue.Create("'; DROP TABLE \"Claims\"; -- \" OR 1=1"), null, null),
        ("script fragment", JsonValue.Create("<script>alert(1)</script><img src=x onerror=alert(1)>"), null, null),
        ("empty string", JsonValue.Create(""), null, null),
        ("NUL and controls", JsonValue.Create("a\u0000b\u0007\u001b[31m"), null, null),
        ("unknown enum value", JsonValue.Create("no-such-value"), null, null),
        ("negative offset", JsonValue.Create(-1), null, null),
        ("int overflow", null, "2147483648", null),
        ("huge number", null, "1e400", null),
        ("fraction", JsonValue.Create(0.5), null, null),
        ("wrong type: object", new JsonObject(), null, null),
        ("wrong type: array", new JsonArray(1, 2), null, null),
        ("wrong type: boolean", JsonValue.Create(true), null, null),
        ("null", null, "null", null),
        ("invalid UTF-8", null, null, [0x22, 0xC3, 0x28, 0xFF, 0x22]),
    ];

    private static readonly string[] QueryValues =
    [
        new string('q', 5000), "' OR 1=1; DROP TABLE \"Claims\"; --", "<script>alert(1)</script>", "99999999999999999999999",
        "-1", "0", "no-such-value", "%C3%28", "%00", "9999-99-99", "", "1e400", "ZZZZ", "%FF%FE",
    ];

    private static readonly (string Name, byte[] Body)[] WholeBodies =
    [
        ("truncated JSON", Encoding.UTF8.GetBytes("{\"name\": \"x\", ")),
        ("not JSON", Encoding.UTF8.GetBytes("name=x&kind=person")),
        ("JSON array", Encoding.UTF8.GetBytes("[1,2,3]")),
        ("JSON string", Encoding.UTF8.GetBytes("\"hello\"")),
        ("JSON number", Encoding.UTF8.GetBytes("1e400")),
        ("empty body", []),
        ("deep nesting", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200))),
        ("invalid UTF-8 body", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
        ("duplicate properties", Encoding.UTF8.GetBytes("{\"name\":\"a\",\"name\":\"b\"}")),
        ("BOM and comments", Encoding.UTF8.GetBytes("\uFEFF{/* c */ \"name\": \"x\"}")),
    ];

    public IEnumerable<BadInputCase> All()
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var method = operation.Name.ToUpperInvariant();
                var url = FillPath(path.Name, method);
                foreach (var query in Parameters(operation.Value, "query"))
                {
                    foreach (var value in QueryValues)
                    {
                        var encoded = value.StartsWith('%') ? value : Uri.EscapeDataString(value);
                        yield return new(method, $"{url}?{query}={encoded}", $"query {query}={Shorten(value)}", null);
                    }
                }

                yield return new(method, path.Name.Replace("{id}", "not-a-guid").Replace("{relationId}", "0"), "malformed id in path", null);
                if (!operation.Value.TryGetProperty("requestBody", out var requestBody))
                {
                    continue;
                }

                var content = requestBody.GetProperty("content").EnumerateObject().First();
                var template = Generate(content.Value.GetProperty("schema"), "", 0) ?? new JsonObject();
                foreach (var (name, body) in WholeBodies)
                {
                    yield return new(method, url, name, body, content.Name);
                }

                foreach (var leaf in Leaves(template, ""))
                {
                    foreach (var (name, value, rawJson, rawBytes) in FieldValues)
                    {
                        yield return new(method, url, $"{leaf} = {name}", Mutate(template, leaf, value, rawJson, rawBytes), content.Name);
                    }
                }
            }
        }
    }

    private static string Shorten(string value) => value.Length > 24 ? value[..24] + "…" : value;

    private IEnumerable<string> Parameters(JsonElement operation, string location) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(Resolve).Where(p => p.GetProperty("in").GetString() == location).Select(p => p.GetProperty("name").GetString()!)
            : [];

    /// <summary>A parameter, or the component it refers to (the conditional and idempotency headers are shared).</summary>
    private JsonElement Resolve(JsonElement parameter) =>
        parameter.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("parameters").GetProperty(reference.GetString()!.Split('/').Last())
            : parameter;

    /// <summary>Real ids for reads and writes so requests reach validation; deletes get unknown ids to keep the seed.</summary>
    private string FillPath(string path, string method)
    {
        var kind = path.Contains("/claims/{id}") ? "claim" : path.Contains("/articles/{id}") ? "article" : path.Contains("/actors/{id}") ? "actor" : "";
        var id = method == "DELETE" || kind == "" ? Guid.NewGuid() : ids[kind];
        return path.Replace("{id}", id.ToString()).Replace("{relationId}", Guid.NewGuid().ToString());
    }

    private JsonNode? Generate(JsonElement schema, string name, int depth)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!.Split('/').Last();
            return Generate(document.GetProperty("components").GetProperty("schemas").GetProperty(target), name, depth);
        }

        // A nullable reference: oneOf the referenced schema and null.
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            return Generate(oneOf.EnumerateArray().First(s => TypeOf(s) != "null"), name, depth);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        }

        var type = TypeOf(schema);
        if (type == "object" || schema.TryGetProperty("properties", out _))
        {
            var result = new JsonObject();
            if (depth < 4 && schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    result[property.Name] = Generate(property.Value, property.Name, depth + 1);
                }
            }

            return result;
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "array" => depth < 4 ? new JsonArray(Generate(schema.GetProperty("items"), name, depth + 1)) : new JsonArray(),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(false),
            "string" when format == "uuid" => JsonValue.Create(IdFor(name).ToString()),
            "string" when format == "date-time" => JsonValue.Create("2025-01-02T03:04:05Z"),
            "string" when format == "date" => JsonValue.Create("2025-01-02"),
            "string" when format == "uri" || name.Contains("url", StringComparison.OrdinalIgnoreCase) =>
                JsonValue.Create($"https://fuzz.example/{random.Next():x}"),
            "string" when name.Equals("language", StringComparison.OrdinalIgnoreCase) => JsonValue.Create("en"),
            _ => JsonValue.Create($"text {random.Next(1000)}"),
        };
    }

    private Guid IdFor(string name) =>
        name.Contains("article", StringComparison.OrdinalIgnoreCase) ? ids["article"]
        : name.Contains("claim", StringComparison.OrdinalIgnoreCase) ? ids["claim"]
        : name.Contains("publisher", StringComparison.OrdinalIgnoreCase) ? ids["publisher"]
        : ids["actor"];

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).First(t => t != "null")
            : type.GetString();
    }

    /// <summary>JSON pointers to every scalar in the template.</summary>
    private static IEnumerable<string> Leaves(JsonNode node, string pointer) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [$"{pointer}/{p.Key}"] : Leaves(p.Value, $"{pointer}/{p.Key}")),
        JsonArray array => array.Count == 0 ? [] : Leaves(array[0]!, $"{pointer}/0"),
        _ => [pointer],
    };

    private static byte[] Mutate(JsonNode template, string pointer, JsonNode? value, string? rawJson, byte[]? rawBytes)
    {
        var copy = template.DeepClone();
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode? replacement = rawJson is null && rawBytes is null ? value?.DeepClone() : JsonValue.Create(Raw);
        if (segments.Length == 0)
        {
            return rawBytes ?? Encoding.UTF8.GetBytes(rawJson ?? replacement?.ToJsonString() ?? "null");
        }

        var parent = segments[..^1].Aggregate(copy, (node, segment) => node is JsonArray a ? a[int.Parse(segment)]! : node[segment]!);
        if (parent is JsonArray array)
        {
            array[int.Parse(segments[^1])] = replacement;
        }
        else
        {
            parent[segments[^1]] = replacement;
        }

        var text = Encoding.UTF8.GetBytes(copy.ToJsonString());
        var marker = Encoding.UTF8.GetBytes($"\"{Raw}\"");
        var at = text.AsSpan().IndexOf(marker);
        return at < 0 ? text : [.. text[..at], .. rawBytes ?? Encoding.UTF8.GetBytes(rawJson!), .. text[(at + marker.Length)..]];
    }
}
