using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsroomClaims.Api.Data;

public static class SnapshotReads
{
    /// <summary>
    /// A read-only transaction whose queries all see one snapshot, for reads split over several queries.
    /// On SQLite it is a deferred transaction: EF's BeginTransaction issues BEGIN IMMEDIATE, which takes the
    /// database's single write lock and so made every concurrent list wait for the one before it; a deferred
    /// transaction takes a WAL read snapshot at its first query and lets readers (and a writer) run side by side.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSnapshotAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.GetDbConnection() is not SqliteConnection sqlite)
        {
            return await database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }

        await database.OpenConnectionAsync(cancellationToken);
        var transaction = sqlite.BeginTransaction(deferred: true);
        return new OwnedTransaction(transaction, (await database.UseTransactionAsync(transaction, cancellationToken))!);
    }

    /// <summary>EF does not dispose a transaction it was handed; this disposes both.</summary>
    private sealed class OwnedTransaction(DbTransaction inner, IDbContextTransaction wrapper) : IDbContextTransaction
    {
        public Guid TransactionId => wrapper.TransactionId;

        public void Commit() => wrapper.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => wrapper.CommitAsync(cancellationToken);

        public void Rollback() => wrapper.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => wrapper.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            wrapper.Dispose();
            inner.Dispose();
        }

        public async ValueTask DisposeAsync()
        {
            await wrapper.DisposeAsync();
            await inner.DisposeAsync();
        }
    }
}
