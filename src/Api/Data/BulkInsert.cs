using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// A SaveChanges inside the request's transaction that only adds many rows (an import: ~500 rows for 100 claims) is
/// written by the provider's fastest way to add rows instead of EF's update pipeline, whose per-row work (batches,
/// column modifications, SQL text, the savepoint it takes inside a transaction) was most of an import's CPU
/// (profiled on both databases). The rows are still the ones EF would write: the tables, columns and values come from
/// EF's model and each column's type mapping (value converters included), and the interceptors registered before this
/// one (revisions, read model, matching queue) have added their rows by then. Any other SaveChanges (an update, a
/// delete, one outside a transaction, a small one) is left to EF. <see cref="SqliteBulkInsert"/> and
/// <see cref="PostgresBulkInsert"/> write the tables.
/// </summary>
internal abstract class BulkInsert : SaveChangesInterceptor
{
    private const int Threshold = 50;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
        {
            return result;
        }

        if (result.HasResult || context.Database.CurrentTransaction is not { } transaction)
        {
            AddedRows.Track(context);
            return result;
        }

        var tracker = context.ChangeTracker;
        if (tracker.AutoDetectChangesEnabled)
        {
            tracker.DetectChanges();
        }

        var entries = tracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        var held = AddedRows.Of(context).Select(row => (Row: row, Type: context.Model.FindEntityType(row.GetType()))).ToList();
        if (entries.Count + held.Count < Threshold
            || entries.Any(e => e.State != EntityState.Added || BulkShape.Of(e.Metadata) is not { Insertable: true } shape || HasTemporaryValue(e, shape))
            || held.Any(h => h.Type is null || BulkShape.Of(h.Type) is not { Insertable: true, HasShadowColumns: false } shape || HasUnsetValue(h.Row, shape)))
        {
            AddedRows.Track(context);
            return result;
        }

        var rows = entries.Select(e => (Type: e.Metadata, Row: new BulkRow(e.Entity, BulkShape.Of(e.Metadata).ValuesOf(e))))
            .Concat(held.Select(h => (Type: h.Type!, Row: new BulkRow(h.Row, null))));
        var connection = context.Database.GetDbConnection();
        try
        {
            foreach (var table in InDependencyOrder(rows.GroupBy(r => r.Type, r => r.Row).ToList()))
            {
                await InsertAsync(connection, transaction.GetDbTransaction(), new BulkTable(BulkShape.Of(table.Key), table.ToList()), cancellationToken);
            }
        }
        catch (DbException exception)
        {
            // As EF reports a failed save, so a duplicate answers 409 and a busy database 503, as through EF.
            throw new DbUpdateException("Writing the added rows failed; the transaction is rolled back.", exception);
        }

        tracker.AcceptAllChanges();
        return InterceptionResult<int>.SuppressWithResult(entries.Count + held.Count);
    }

    // A synchronous save (a tool, a test) is left to EF, with the rows the interceptors held.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            AddedRows.Track(context);
        }

        return result;
    }

    // Registered after the change feed's sequencer, which has taken the written revisions by now.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AddedRows.Clear(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AddedRows.Clear(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Writes one table's rows on the request's connection, inside its transaction.</summary>
    protected abstract Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, CancellationToken cancellationToken);

    /// <summary>
    /// A value EF would have the database generate. Only properties that may be generated are asked: reading every
    /// property's entry of ~600 rows allocated an object per column (a few % of an import's allocations).
    /// </summary>
    private static bool HasTemporaryValue(EntityEntry entry, BulkShape shape) => shape.MayBeGenerated.Any(p => entry.Property(p).IsTemporary);

    /// <summary>An untracked row with a generated property still unset: EF would generate its value, so EF saves it.</summary>
    private static bool HasUnsetValue(object row, BulkShape shape) => shape.MayBeGenerated.Any(p => p.GetGetter().HasSentinelValueUsingContainingEntity(row));

    /// <summary>Principals before dependents, as both databases check a foreign key as its row (or statement) goes in.</summary>
    private static IEnumerable<IGrouping<IEntityType, T>> InDependencyOrder<T>(List<IGrouping<IEntityType, T>> tables)
    {
        var placed = new HashSet<IEntityType>();
        while (placed.Count < tables.Count)
        {
            var ready = tables.Where(t => !placed.Contains(t.Key)
                && t.Key.GetForeignKeys().All(fk => fk.PrincipalEntityType == t.Key || placed.Contains(fk.PrincipalEntityType) || tables.All(o => o.Key != fk.PrincipalEntityType)))
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The added rows' tables depend on each other in a cycle.");
            }

            foreach (var table in ready)
            {
                placed.Add(table.Key);
                yield return table;
            }
        }
    }
}

/// <summary>An added row: its entity and, when its table has shadow columns, its current values in EF's entry.</summary>
internal readonly record struct BulkRow(object Entity, PropertyValues? Values);

/// <summary>One table's added rows, with its <see cref="BulkShape"/>.</summary>
internal sealed record BulkTable(BulkShape Shape, IReadOnlyList<BulkRow> Rows)
{
    public StoreObjectIdentifier Table => Shape.Table;

    public IReadOnlyList<BulkColumn> Columns => Shape.Columns;

    public string ColumnList => Shape.ColumnList;
}

/// <summary>
/// What the bulk path needs to know of an entity type, worked out once per type from EF's model (the model does not
/// change while the app runs): asking it per row (computed columns, column names, generated properties) was a few % of an
/// import's CPU.
/// </summary>
internal sealed class BulkShape
{
    private static readonly ConcurrentDictionary<IEntityType, BulkShape> Shapes = new();

    private BulkShape(IEntityType type)
    {
        // Plain tables only: no complex type nested in another, no owned or JSON mapping, no computed column; and
        // (checked per row) no value left for the database to generate. Keys made in code (UUIDv7) are already set when
        // the row is added.
        Insertable = type.GetTableName() is not null && !type.IsOwned()
            && type.GetProperties().All(p => p.GetComputedColumnSql() is null)
            && type.GetComplexProperties().All(c => !c.ComplexType.GetComplexProperties().Any() && c.ComplexType.GetContainerColumnName() is null);
        MayBeGenerated = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.Never).ToArray();
        if (!Insertable)
        {
            return;
        }

        Table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var table = Table;
        Columns = type.GetProperties().Select(p => new BulkColumn(p, null, p.GetColumnName(table)!))
            .Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => new BulkColumn(p, c, p.GetColumnName(table)!))))
            .ToList();
        ColumnList = string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
        HasShadowColumns = Columns.Any(c => c.Property.IsShadowProperty());
    }

    public static BulkShape Of(IEntityType type) => Shapes.GetOrAdd(type, t => new BulkShape(t));

    public bool Insertable { get; }

    /// <summary>The properties whose value may be left for the database to generate.</summary>
    public IReadOnlyList<IProperty> MayBeGenerated { get; }

    public StoreObjectIdentifier Table { get; }

    /// <summary>The entity's own columns, then its value objects'.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; } = [];

    /// <summary>The quoted column list, in <see cref="Columns"/> order.</summary>
    public string ColumnList { get; } = "";

    /// <summary>Shadow properties live in EF's entry, not the entity: a row then reads its values through the entry.</summary>
    public bool HasShadowColumns { get; }

    /// <summary>The current values a row's shadow columns are read from; null when there are none.</summary>
    public PropertyValues? ValuesOf(EntityEntry row) => HasShadowColumns ? row.CurrentValues : null;
}

/// <summary>A column: the property it holds and, for a value object's column, the complex property it belongs to.</summary>
internal sealed class BulkColumn(IProperty property, IComplexProperty? complex, string name)
{
    // A mapped property's current value is the entity's own (EF keeps only shadow and temporary values aside, and
    // temporary ones never reach the bulk path): read through EF's compiled getters, without an entry per value.
    private readonly IClrPropertyGetter? getter = property.IsShadowProperty() ? null : property.GetGetter();
    private readonly IClrPropertyGetter? complexGetter = complex?.GetGetter();

    public IProperty Property => property;

    public string Name => name;

    public RelationalTypeMapping Mapping { get; } = property.GetRelationalTypeMapping();

    /// <summary>A value object's columns may be null when the value object is (a span not given).</summary>
    public bool Nullable => property.IsNullable || complex is not null;

    /// <summary>
    /// The row's value as the database stores it (through the column's value converter), null for none; a value
    /// object's column is null when the value object is.
    /// </summary>
    public object? ProviderValueOf(BulkRow row)
    {
        object? value;
        if (complexGetter is not null)
        {
            var parts = complexGetter.GetClrValueUsingContainingEntity(row.Entity);
            value = parts is null ? null : getter!.GetClrValue(parts);
        }
        else
        {
            value = getter is null ? row.Values![property] : getter.GetClrValueUsingContainingEntity(row.Entity);
        }

        return value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
    }
}
