using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Turns a System.Text.Json failure on a request body into one field error a client can act on: the key is the
/// field's path as the API names it (<c>speaker.actorId</c>, <c>reportedBy[1].cue</c>, like validation errors),
/// and the message says what the field must be in JSON terms. The serializer's own messages name .NET types
/// ("could not be converted to System.Int32", "... any .NET member contained in type 'ActorRequest'"),
/// which tell a client nothing and the world how the API is built.
/// </summary>
public static class JsonBodyErrors
{
    /// <summary>The key for an error about the body as a whole (not JSON at all, an array instead of an object).</summary>
    public const string RootKey = "$";

    public static (string Key, string Message) Describe(JsonException exception, Type bodyType, JsonSerializerOptions options)
    {
        var segments = Segments(exception.Path);
        var (key, parent, target, unknown) = Resolve(segments, bodyType, options);
        if (unknown is not null && parent is not null)
        {
            var known = parent.Properties.Select(p => p.Name).Order(StringComparer.Ordinal);
            return (key, $"Unknown field '{unknown}'. Known: {string.Join(", ", known)}.");
        }

        var message = exception.Message;
        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return (key, "Sent more than once; send each field once.");
        }

        if (target is not null && (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal) || LeaksTypes(message)))
        {
            return (key, key == RootKey ? $"The request body must be {Expected(target)}." : $"Must be {Expected(target)}.");
        }

        // Reader errors ("'x' is an invalid start of a value") and the API's own converters' messages are fit to show.
        return (key, LeaksTypes(message) ? "The value is not valid here." : message);
    }

    /// <summary>The same as a validation problem, for bodies the API parses itself (a merge patch).</summary>
    public static ValidationProblemDetails Problem(JsonException exception, Type bodyType, JsonSerializerOptions options)
    {
        var (key, message) = Describe(exception, bodyType, options);
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [key] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        };
    }

    private static bool LeaksTypes(string message) =>
        message.Contains(".NET", StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal)
        || message.Contains("NewsroomClaims.", StringComparison.Ordinal) || message.Contains('`');

    /// <summary>Walks the path through the body's JSON contract, renaming each known member to its canonical name.</summary>
    private static (string Key, JsonTypeInfo? Parent, JsonTypeInfo? Target, string? Unknown) Resolve(
        IReadOnlyList<string> segments, Type bodyType, JsonSerializerOptions options)
    {
        var key = new StringBuilder();
        JsonTypeInfo? current = options.GetTypeInfo(bodyType);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var parent = current;
            if (segment.StartsWith('['))
            {
                key.Append(segment);
                current = Element(current, options);
                continue;
            }

            var property = parent?.Kind == JsonTypeInfoKind.Object
                ? parent.Properties.FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase))
                : null;
            key.Append(key.Length == 0 ? "" : ".").Append(property?.Name ?? segment);
            if (property is null)
            {
                var unknown = parent?.Kind == JsonTypeInfoKind.Object && i == segments.Count - 1 ? segment : null;
                return (key.ToString(), parent, null, unknown);
            }

            current = options.GetTypeInfo(property.PropertyType);
        }

        return (key.Length == 0 ? RootKey : key.ToString(), null, current, null);
    }

    private static JsonTypeInfo? Element(JsonTypeInfo? collection, JsonSerializerOptions options) =>
        collection is { Kind: JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary, ElementType: { } element }
            ? options.GetTypeInfo(element)
            : null;

    /// <summary>"$.reportedBy[1]['odd.name']" as ["reportedBy", "[1]", "odd.name"].</summary>
    private static List<string> Segments(string? path)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            return segments;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length - 1 : end;
                segments.Add(path[i..(end + 1)]);
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    /// <summary>What a value of this type looks like in JSON.</summary>
    private static string Expected(JsonTypeInfo info) => Expected(info.Type, info.Kind, inJson: true);

    /// <summary>What a value of <paramref name="declared"/> looks like in JSON (or in a query string, which takes the same words).</summary>
    internal static string Expected(Type declared, JsonTypeInfoKind kind = JsonTypeInfoKind.None, bool inJson = false)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var orNull = Nullable.GetUnderlyingType(declared) is not null && inJson ? " or null" : "";
        var expected = type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(Guid) => "a UUID string",
            _ when type == typeof(DateOnly) => "a date string (YYYY-MM-DD)",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "a date-time string (RFC 3339)",
            _ when type == typeof(int) => $"an integer from {int.MinValue} to {int.MaxValue}",
            _ when type == typeof(long) => "an integer",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ when type.IsEnum => $"one of: {string.Join(", ", Enum.GetNames(type).Select(n => ApiControllersSetup.EnumNaming.ConvertName(n)))}",
            _ => kind switch
            {
                JsonTypeInfoKind.Enumerable => "an array",
                JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
                _ => "a valid value",
            },
        };
        return expected + orNull;
    }
}
