using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Data;

/// <summary>
/// The settings the API puts on its connections are in force on the connections it actually uses: on PostgreSQL a
/// query that runs again is prepared (parsed and planned once), on SQLite the database writes ahead so readers do not
/// wait for the writer. The PostgreSQL defaults were once written and never applied, and nothing noticed.
/// </summary>
public sealed class ConnectionSettingsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TheApisOwnConnectionsCarryTheSettingsItGivesThem()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            if (factory.Provider == "Postgres")
            {
                var name = "Prepared " + Guid.NewGuid().ToString("N");
                for (var run = 0; run < 3; run++)
                {
                    Assert.Equal(0, await db.Actors.CountAsync(a => a.Name == name));
                }

                // Npgsql prepares at the protocol level, so its statements are listed without SQL PREPARE.
                var prepared = await db.Database
                    .SqlQueryRaw<string>("""SELECT statement AS "Value" FROM pg_prepared_statements WHERE NOT from_sql""")
                    .ToListAsync();
                Assert.Contains(prepared, statement => statement.Contains("\"Actors\"", StringComparison.Ordinal));
            }
            else
            {
                var mode = await db.Database.SqlQueryRaw<string>("""SELECT journal_mode AS "Value" FROM pragma_journal_mode""").SingleAsync();
                Assert.Equal("wal", mode);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
