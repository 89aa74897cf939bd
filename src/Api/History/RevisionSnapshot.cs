using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NewsroomClaims.Api.History;

/// <summary>
/// What a revision records of an entity: its own fields (not its key, version, timestamps or derived shadow columns), its
/// value objects as one field each, and its collections' rows (without the key they share with it), camelCased. The
/// names and getters are worked out once per entity type: reading each field through an EF property entry and camelCasing
/// its name on every revision allocated an object per field (~2,000 in a 100-claim import).
/// </summary>
internal static class RevisionSnapshot
{
    // A chain link's or subject's ClaimId is its parent's key and is skipped as such (see Of); a review's is what it
    // reviews, and is recorded.
    private static readonly HashSet<string> Unrecorded = ["Id", "Version", "CreatedAt", "UpdatedAt", "SortKey", "Position"];
    private static readonly ConcurrentDictionary<IEntityType, Shape> Shapes = new();

    /// <summary>
    /// The snapshot as JSON: current fields written straight from the entity (no dictionary per row, each value by the
    /// serializer's own converter for its type, so the text is what serializing <see cref="Of"/> gives), a deletion's
    /// original fields through <see cref="Of"/>.
    /// </summary>
    public static string Json(EntityEntry entry, bool current, JsonSerializerOptions options)
    {
        if (!current)
        {
            return JsonSerializer.Serialize(Of(entry, current), options);
        }

        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth }))
        {
            var shape = Shapes.GetOrAdd(entry.Metadata, type => new Shape(type));
            writer.WriteStartObject();
            shape.Write(writer, entry, [], options);
            foreach (var collection in shape.Collections)
            {
                if (collection.Getter.GetClrValueUsingContainingEntity(entry.Entity) is not System.Collections.IEnumerable rows)
                {
                    continue;
                }

                writer.WriteStartArray(collection.Name);
                foreach (var row in rows)
                {
                    var child = entry.Context.Entry(row);
                    if (child.State != EntityState.Deleted)
                    {
                        writer.WriteStartObject();
                        Shapes.GetOrAdd(child.Metadata, type => new Shape(type)).Write(writer, child, collection.ParentKey, options);
                        writer.WriteEndObject();
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The entity's fields, current or (for a deletion) as they were read, with its collections' current rows.</summary>
    public static Dictionary<string, object?> Of(EntityEntry entry, bool current)
    {
        var shape = Shapes.GetOrAdd(entry.Metadata, type => new Shape(type));
        var fields = current ? shape.Fields(entry, []) : Fields(entry, current, []);
        foreach (var collection in shape.Collections)
        {
            if (collection.Getter.GetClrValueUsingContainingEntity(entry.Entity) is not System.Collections.IEnumerable rows)
            {
                continue;
            }

            var children = new List<Dictionary<string, object?>>();
            foreach (var row in rows)
            {
                var child = entry.Context.Entry(row);
                if (child.State != EntityState.Deleted)
                {
                    children.Add(Shapes.GetOrAdd(child.Metadata, type => new Shape(type)).Fields(child, collection.ParentKey));
                }
            }

            fields[collection.Name] = children;
        }

        return fields;
    }

    /// <summary>Through EF's entries: a deleted entity's fields are its original values, which only its entry holds.</summary>
    private static Dictionary<string, object?> Fields(EntityEntry entry, bool current, HashSet<string> skip)
    {
        var fields = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (!Unrecorded.Contains(name) && !skip.Contains(name) && !property.Metadata.IsShadowProperty())
            {
                fields[JsonNamingPolicy.CamelCase.ConvertName(name)] = current ? property.CurrentValue : property.OriginalValue;
            }
        }

        // Value objects (a span) are recorded as one field holding their parts, or null when unset.
        foreach (var complex in entry.ComplexProperties)
        {
            var parts = complex.Properties.ToDictionary(
                p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name), p => current ? p.CurrentValue : p.OriginalValue);
            fields[JsonNamingPolicy.CamelCase.ConvertName(complex.Metadata.Name)] = parts.Values.All(v => v is null) ? null : parts;
        }

        return fields;
    }

    private sealed record Field(string Name, string Json, IProperty Property, IClrPropertyGetter Getter, bool MayBeGenerated);

    private sealed record Complex(string Json, IClrPropertyGetter Getter, IReadOnlyList<Part> Parts);

    /// <summary>A value object's part, and what EF's entry reads for it while the value object is unset: its type's default.</summary>
    private sealed record Part(string Json, IClrPropertyGetter Getter, object? Unset);

    private sealed record Collection(string Name, IClrPropertyGetter Getter, HashSet<string> ParentKey);

    /// <summary>An entity type's recorded fields in the order its entry lists them (properties, value objects, collections).</summary>
    private sealed class Shape
    {
        private readonly IReadOnlyList<Field> fields;
        private readonly IReadOnlyList<Complex> complexes;

        public Shape(IEntityType type)
        {
            fields = type.GetProperties().Where(p => !Unrecorded.Contains(p.Name) && !p.IsShadowProperty())
                .Select(p => new Field(p.Name, Camel(p.Name), p, p.GetGetter(), p.ValueGenerated != ValueGenerated.Never)).ToList();
            complexes = type.GetComplexProperties().Select(c => new Complex(Camel(c.Name), c.GetGetter(),
                c.ComplexType.GetProperties().Select(p => new Part(Camel(p.Name), p.GetGetter(),
                    p.ClrType.IsValueType && Nullable.GetUnderlyingType(p.ClrType) is null ? Activator.CreateInstance(p.ClrType) : null)).ToList())).ToList();
            Collections = type.GetNavigations().Where(n => n.IsCollection).Select(n => new Collection(
                    Camel(n.Name), n.GetGetter(), n.ForeignKey.Properties.Select(p => p.Name).ToHashSet()))
                .Concat(type.GetSkipNavigations().Where(n => n.IsCollection).Select(n => new Collection(Camel(n.Name), n.GetGetter(), [])))
                .ToList();
        }

        public IReadOnlyList<Collection> Collections { get; }

        /// <summary>
        /// The current fields, read from the entity itself: a mapped property's current value is the entity's own, unless
        /// EF holds a temporary value for it aside, which only a generated property can have (read through its entry).
        /// </summary>
        public Dictionary<string, object?> Fields(EntityEntry entry, HashSet<string> skip)
        {
            var entity = entry.Entity;
            var values = new Dictionary<string, object?>(fields.Count + complexes.Count + Collections.Count);
            foreach (var field in fields)
            {
                if (!skip.Contains(field.Name))
                {
                    values[field.Json] = field.MayBeGenerated ? entry.Property(field.Property).CurrentValue : field.Getter.GetClrValueUsingContainingEntity(entity);
                }
            }

            // Value objects (a span) are recorded as one field holding their parts, or null when all parts are. An unset
            // span's parts read as their defaults through EF's entries, so revisions have always recorded it as
            // {"end":0,"start":0}; that stays so, or the first edit of an older claim would show its spans as changed.
            foreach (var complex in complexes)
            {
                var value = complex.Getter.GetClrValueUsingContainingEntity(entity);
                var parts = complex.Parts.ToDictionary(p => p.Json, p => value is null ? p.Unset : p.Getter.GetClrValue(value));
                values[complex.Json] = parts.Values.All(v => v is null) ? null : parts;
            }

            return values;
        }

        /// <summary>The current fields as <see cref="Fields"/> holds them, written to <paramref name="writer"/> in the same order.</summary>
        public void Write(Utf8JsonWriter writer, EntityEntry entry, HashSet<string> skip, JsonSerializerOptions options)
        {
            var entity = entry.Entity;
            foreach (var field in fields)
            {
                if (!skip.Contains(field.Name))
                {
                    writer.WritePropertyName(field.Json);
                    WriteValue(writer, field.MayBeGenerated ? entry.Property(field.Property).CurrentValue : field.Getter.GetClrValueUsingContainingEntity(entity), options);
                }
            }

            foreach (var complex in complexes)
            {
                var value = complex.Getter.GetClrValueUsingContainingEntity(entity);
                var parts = new object?[complex.Parts.Count];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = value is null ? complex.Parts[i].Unset : complex.Parts[i].Getter.GetClrValue(value);
                }

                writer.WritePropertyName(complex.Json);
                if (parts.All(p => p is null))
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                for (var i = 0; i < parts.Length; i++)
                {
                    writer.WritePropertyName(complex.Parts[i].Json);
                    WriteValue(writer, parts[i], options);
                }

                writer.WriteEndObject();
            }
        }

        // As the serializer writes an object-typed value: null, or by the converter for its runtime type.
        private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
            }
        }
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
