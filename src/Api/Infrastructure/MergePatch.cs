using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// JSON Merge Patch (RFC 7396) over a request DTO: the patched document is read back as the same
/// request type, so PATCH goes through exactly the validation and write path PUT does.
/// </summary>
public static class MergePatch
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static T Apply<T>(T current, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "A merge patch must be a JSON object.");
        }

        var target = JsonSerializer.SerializeToNode(current, Options)!;
        var merged = Parse(() => Merge(target, JsonNode.Parse(patch.GetRawText())));
        try
        {
            return merged.Deserialize<T>(Options)
                ?? throw new ApiException(StatusCodes.Status400BadRequest, "The patch removes the whole resource.");
        }
        catch (JsonException exception)
        {
            // The merged document has the patch's paths, so the error names the field as the client sent it.
            throw new ValidationFailedException(JsonBodyErrors.Problem(exception, typeof(T), Options));
        }
    }

    /// <summary>The patch as a node; invalid UTF-8 in a string or a repeated member is the client's error, not ours.</summary>
    private static JsonNode? Parse(Func<JsonNode?> merge)
    {
        try
        {
            // JsonNode reads members lazily, so a repeated member only throws once the merge walks it.
            return merge();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or JsonException or System.Text.DecoderFallbackException)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "The patch is not valid JSON.",
                "The patch must be UTF-8 JSON with each member named once.");
        }
    }

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            var key = result.Select(p => p.Key).FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = Merge(result[key]?.DeepClone(), value);
            }
        }

        return result;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiControllersSetup.ConfigureJson(options);

        // A misspelt field in a patch would otherwise change nothing and still answer 200.
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
        return options;
    }
}
