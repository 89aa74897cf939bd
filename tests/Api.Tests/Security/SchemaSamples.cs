using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsroomClaims.Api.Tests.Security;

/// <summary>
/// Reads request schemas from the OpenAPI document: a sample body with every property filled with a value of its
/// documented type (every nested object present), and the names of the object schemas a body is made of.
/// </summary>
public sealed class SchemaSamples(JsonElement document)
{
    private const int MaxDepth = 6;

    private JsonElement Components => document.GetProperty("components").GetProperty("schemas");

    public JsonNode? Sample(JsonElement schema, int depth = 0)
    {
        if (Reference(schema) is { } name)
        {
            return Sample(Components.GetProperty(name), depth);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            var result = new JsonObject();
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = depth < MaxDepth ? Sample(property.Value, depth + 1) : null;
            }

            return result;
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "array" => new JsonArray(Sample(schema.GetProperty("items"), depth + 1)),
            "object" => new JsonObject(),
            "integer" => 1,
            "number" => 1.5,
            "boolean" => false,
            "string" when format == "uuid" => Guid.NewGuid().ToString(),
            "string" when format == "date" => "2025-01-02",
            "string" when format == "date-time" => "2025-01-02T03:04:05Z",
            "string" when format == "uri" => "https://example.org/sample",
            _ => "sample",
        };
    }

    /// <summary>Names of the component object schemas reachable from <paramref name="schema"/>.</summary>
    public IReadOnlySet<string> ObjectSchemas(JsonElement schema)
    {
        var found = new HashSet<string>();
        Walk(schema, found);
        return found;
    }

    private void Walk(JsonElement schema, HashSet<string> found)
    {
        if (Reference(schema) is { } name)
        {
            var component = Components.GetProperty(name);
            if (component.TryGetProperty("properties", out _) && found.Add(name))
            {
                Walk(component, found);
            }

            return;
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Walk(property.Value, found);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Walk(items, found);
        }
    }

    /// <summary>The component a schema stands for: a $ref, or the $ref of a oneOf with null (a nullable reference).</summary>
    private static string? Reference(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()!.Split('/').Last()
        : schema.TryGetProperty("oneOf", out var oneOf) ? oneOf.EnumerateArray().Select(Reference).FirstOrDefault(r => r is not null)
        : null;

    private static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).First(t => t != "null")
        : type.GetString();
}
