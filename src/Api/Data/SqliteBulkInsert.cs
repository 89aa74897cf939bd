using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// SQLite: EF's provider sends one INSERT command per row (it does not batch), and building, preparing and running ~500
/// of them was three quarters of a 100-claim import's CPU (profiled), all of it while SQLite's one writer is held. A
/// SaveChanges inside the request's transaction that only adds rows (an import) is written here instead: one prepared
/// INSERT per table, run once per row, each value turned into a parameter by EF's own type mapping for its column, so
/// the rows are the ones EF would have written. Registered after the revision and read-model interceptors, so their
/// rows are inserted too. Any other SaveChanges (an update, a delete, one outside a transaction, a small one) is left
/// to EF.
/// </summary>
internal sealed class SqliteBulkInsert : SaveChangesInterceptor
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
        if (entries.Count < Threshold || entries.Any(e => e.State != EntityState.Added || !Insertable(e.Metadata) || e.Properties.Any(p => p.IsTemporary)))
        {
            return result;
        }

        var connection = context.Database.GetDbConnection();
        try
        {
            foreach (var table in InDependencyOrder(entries.GroupBy(e => e.Metadata).ToList()))
            {
                await InsertAsync(connection, transaction.GetDbTransaction(), table.Key, table, cancellationToken);
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            // As EF reports a failed save, so a duplicate answers 409 and a busy database 503, as through EF.
            throw new DbUpdateException("Writing the added rows failed; the transaction is rolled back.", exception);
        }

        tracker.AcceptAllChanges();
        return InterceptionResult<int>.SuppressWithResult(entries.Count);
    }

    /// <summary>
    /// Plain tables only: no complex type nested in another, no owned or JSON mapping; and (checked per row) no value
    /// left for the database to generate. Keys made in code (UUIDv7) are already set when the row is added.
    /// </summary>
    private static bool Insertable(IEntityType type) =>
        type.GetTableName() is not null && !type.IsOwned()
        && type.GetComplexProperties().All(c => !c.ComplexType.GetComplexProperties().Any() && c.ComplexType.GetContainerColumnName() is null);

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IEntityType type, IEnumerable<EntityEntry> rows,
        CancellationToken cancellationToken)
    {
        var columns = type.GetProperties().Select(p => (Property: p, Complex: (IComplexProperty?)null))
            .Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => (Property: p, Complex: (IComplexProperty?)c))))
            .ToList();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, complex) = columns[i];
                var value = complex is null ? row.Property(property).CurrentValue : ComplexValue(row, complex, property);
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", value, property.IsNullable || complex is not null));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A column of a value object (a span): null when the value object itself is null.</summary>
    private static object? ComplexValue(EntityEntry row, IComplexProperty complex, IProperty property)
    {
        var entry = row.ComplexProperty(complex);
        return entry.CurrentValue is null ? null : entry.Property(property).CurrentValue;
    }

    /// <summary>Principals before dependents, as SQLite checks each foreign key as the row goes in.</summary>
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
