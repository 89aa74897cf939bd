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
        if (result.HasResult || eventData.Context is not { Database.CurrentTransaction: { } transaction } context)
        {
            return result;
        }

        var tracker = context.ChangeTracker;
        if (tracker.AutoDetectChangesEnabled)
        {
            tracker.DetectChanges();
        }

        var entries = tracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        if (entries.Count < Threshold || entries.Any(e => e.State != EntityState.Added || !Insertable(e.Metadata) || HasTemporaryValue(e)))
        {
            return result;
        }

        var connection = context.Database.GetDbConnection();
        try
        {
            foreach (var table in InDependencyOrder(entries.GroupBy(e => e.Metadata).ToList()))
            {
                await InsertAsync(connection, transaction.GetDbTransaction(), BulkTable.Of(table.Key, table.ToList()), cancellationToken);
            }
        }
        catch (DbException exception)
        {
            // As EF reports a failed save, so a duplicate answers 409 and a busy database 503, as through EF.
            throw new DbUpdateException("Writing the added rows failed; the transaction is rolled back.", exception);
        }

        tracker.AcceptAllChanges();
        return InterceptionResult<int>.SuppressWithResult(entries.Count);
    }

    /// <summary>Writes one table's rows on the request's connection, inside its transaction.</summary>
    protected abstract Task InsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table, CancellationToken cancellationToken);

    /// <summary>
    /// Plain tables only: no complex type nested in another, no owned or JSON mapping, no computed column; and (checked
    /// per row) no value left for the database to generate. Keys made in code (UUIDv7) are already set when the row is added.
    /// </summary>
    private static bool Insertable(IEntityType type) =>
        type.GetTableName() is not null && !type.IsOwned()
        && type.GetProperties().All(p => p.GetComputedColumnSql() is null)
        && type.GetComplexProperties().All(c => !c.ComplexType.GetComplexProperties().Any() && c.ComplexType.GetContainerColumnName() is null);

    /// <summary>
    /// A value EF would have the database generate. Only properties that may be generated are asked: reading every
    /// property's entry of ~600 rows allocated an object per column (a few % of an import's allocations).
    /// </summary>
    private static bool HasTemporaryValue(EntityEntry entry) =>
        entry.Metadata.GetProperties().Any(p => p.ValueGenerated != ValueGenerated.Never && entry.Property(p).IsTemporary);

    /// <summary>Principals before dependents, as both databases check a foreign key as its row (or statement) goes in.</summary>
    private static IEnumerable<IGrouping<IEntityType, EntityEntry>> InDependencyOrder(List<IGrouping<IEntityType, EntityEntry>> tables)
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

/// <summary>One table's added rows and its columns as EF maps them (the entity's own, then its value objects').</summary>
internal sealed record BulkTable(StoreObjectIdentifier Table, IReadOnlyList<BulkColumn> Columns, IReadOnlyList<EntityEntry> Rows)
{
    public static BulkTable Of(IEntityType type, IReadOnlyList<EntityEntry> rows)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => new BulkColumn(p, null, p.GetColumnName(table)!))
            .Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => new BulkColumn(p, c, p.GetColumnName(table)!))))
            .ToList();
        return new BulkTable(table, columns, rows);
    }

    /// <summary>The quoted column list, in <see cref="Columns"/> order.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
}

/// <summary>A column: the property it holds and, for a value object's column, the complex property it belongs to.</summary>
internal sealed record BulkColumn(IProperty Property, IComplexProperty? Complex, string Name)
{
    public RelationalTypeMapping Mapping { get; } = Property.GetRelationalTypeMapping();

    /// <summary>A value object's columns may be null when the value object is (a span not given).</summary>
    public bool Nullable => Property.IsNullable || Complex is not null;

    /// <summary>
    /// The row's value as the database stores it (through the column's value converter), null for none; a value
    /// object's column is null when the value object is. <paramref name="values"/> are the row's current values.
    /// </summary>
    public object? ProviderValueOf(EntityEntry row, PropertyValues values)
    {
        object? value;
        if (Complex is null)
        {
            value = values[Property];
        }
        else
        {
            var entry = row.ComplexProperty(Complex);
            value = entry.CurrentValue is null ? null : entry.Property(Property).CurrentValue;
        }

        return value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
    }
}
