using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// Refuses strings holding U+0000. No news text contains one, PostgreSQL cannot store one in a text
/// column, and letting it through would turn a client's bad input into a server error.
/// </summary>
internal sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0')
            ? throw new JsonException("Text must not contain the NUL character (U+0000).")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
