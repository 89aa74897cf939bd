using Microsoft.EntityFrameworkCore;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// Serialises transactions that share a key (an Idempotency-Key, say) until they commit. SQLite needs
/// nothing: its transactions begin IMMEDIATE, so writers already queue. PostgreSQL runs them side by
/// side, so a transaction-scoped advisory lock makes the second wait and then see the first's rows.
/// </summary>
public static class TransactionLocks
{
    public static async Task LockAsync(this AppDbContext db, string key, CancellationToken cancellationToken)
    {
        if (db is not PostgresAppDbContext)
        {
            return;
        }

        var id = BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), 0);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({id})", cancellationToken);
    }
}
