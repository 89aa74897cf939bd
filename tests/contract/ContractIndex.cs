using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsroomClaims.Contract;

/// <summary>The OpenAPI document as the battery reads it: which operation a request is, and what it declares.</summary>
internal sealed class ContractIndex
{
    private readonly JsonElement document;
    private readonly List<(string Method, Regex Path, string Template, string Id, JsonElement Operation)> operations = [];

    public ContractIndex(string path)
    {
        document = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        foreach (var item in document.GetProperty("paths").EnumerateObject())
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape(item.Name), @"\\\{[^}]+}", "[^/]+") + "$");
            foreach (var op in item.Value.EnumerateObject())
            {
                operations.Add((op.Name.ToUpperInvariant(), pattern, item.Name, op.Value.GetProperty("operationId").GetString()!, op.Value));
            }
        }
    }

    public IEnumerable<(string Method, string Template, string Id)> Operations => operations.Select(o => (o.Method, o.Template, o.Id));

    public string? OperationOf(string method, string pathAndQuery)
    {
        var path = pathAndQuery.Split('?')[0];
        return operations.FirstOrDefault(o => o.Method == method && o.Path.IsMatch(path)).Id;
    }

    public IReadOnlyList<string> Statuses(string operationId) =>
        [.. Operation(operationId).GetProperty("responses").EnumerateObject().Select(r => r.Name)];

    public bool Declares(string operationId, int status) => Response(operationId, status) is not null;

    /// <summary>Whether the response for this status lists the header (names compare in any case).</summary>
    public bool DeclaresHeader(string operationId, int status, string header) =>
        Response(operationId, status) is { } response && response.TryGetProperty("headers", out var headers)
        && headers.EnumerateObject().Any(h => string.Equals(h.Name, header, StringComparison.OrdinalIgnoreCase));

    public bool HasParameter(string operationId, string name) =>
        Operation(operationId).TryGetProperty("parameters", out var parameters)
        && parameters.EnumerateArray().Any(p => (p.TryGetProperty("$ref", out var r) ? r.GetString()!.Split('/').Last() : p.GetProperty("name").GetString()) == name);

    /// <summary>Whether the operation lists "no key" among its security alternatives.</summary>
    public bool IsOpen(string operationId) =>
        Operation(operationId).TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => !r.EnumerateObject().Any());

    /// <summary>
    /// The document with the other media types of each response listed before application/json. Prism matches a response's
    /// media type to the first one listed with the same structured suffix (application/ld+json matches application/json),
    /// so JSON-LD and ninjs answers are checked by a second proxy reading this order.
    /// </summary>
    public static void WriteOtherMediaTypesFirst(string path, string output)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var item in root["paths"]!.AsObject())
        {
            foreach (var op in item.Value!.AsObject())
            {
                foreach (var response in op.Value!["responses"]!.AsObject())
                {
                    if (response.Value!["content"] is System.Text.Json.Nodes.JsonObject content && content.ContainsKey("application/json") && content.Count > 1)
                    {
                        var json = content["application/json"]!.DeepClone();
                        content.Remove("application/json");
                        content["application/json"] = json;
                    }
                }
            }
        }

        File.WriteAllText(output, root.ToJsonString());
    }

    public bool HasBody(string operationId) => Operation(operationId).TryGetProperty("requestBody", out _);

    /// <summary>The body is JSON-LD markup (the review import), where terms the API does not read are allowed.</summary>
    public bool IsOpenWorld(string operationId) =>
        Operation(operationId).TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/ld+json", out _);

    public IReadOnlyList<string> MediaTypes(string operationId, int status) =>
        Response(operationId, status) is { } response && response.TryGetProperty("content", out var content)
            ? [.. content.EnumerateObject().Select(c => c.Name)]
            : [];

    private JsonElement Operation(string id) => operations.Single(o => o.Id == id).Operation;

    private JsonElement? Response(string operationId, int status)
    {
        var responses = Operation(operationId).GetProperty("responses");
        foreach (var key in new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{status / 100}XX", "default" })
        {
            if (responses.TryGetProperty(key, out var response))
            {
                return response;
            }
        }

        return null;
    }
}
