using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Data;

namespace NewsroomClaims.Load;

/// <summary>
/// On PostgreSQL the search triggers are switched off during the load and the index is built once at the end
/// (row-by-row tsvector and GIN maintenance would triple the load time); SQLite keeps its triggers on.
/// </summary>
internal static class BulkLoad
{
    private static readonly string[] Tables = ["Claims", "Articles", "Actors", "ActorNames"];

    private static string Switch(string table, string how) => "ALTER TABLE \"" + table + "\" " + how + " TRIGGER \"" + table + "_Search\"";

    public static async Task BeforeAsync(AppDbContext db, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            foreach (var table in Tables)
            {
                var sql = Switch(table, "DISABLE");
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            await db.Database.ExecuteSqlRawAsync("""DROP INDEX "IX_SearchDocuments_Bucket_Document" """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    public static async Task AfterAsync(AppDbContext db, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            // The same rows the triggers would have written (see the Search migration), in the order they would have
            // been added (ids are UUIDv7), so the search's newest tiers hold what a newsroom's would.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "SearchDocuments" ("EntityId", "Type", "SpeakerId", "SortKey", "Title", "Body")
                SELECT * FROM (
                    SELECT "Id", 'actor', NULL::uuid, NULL::bigint, "Name", search_actor_aliases("Id") FROM "Actors"
                    UNION ALL SELECT "Id", 'article', NULL, "SortKey", "Headline", left("Body", 100000) FROM "Articles"
                    UNION ALL SELECT "Id", 'claim', "SpeakerId", "SortKey", "Content", coalesce("Quote", '') FROM "Claims") d
                ORDER BY 1
                """);
            await db.Database.ExecuteSqlRawAsync("SET maintenance_work_mem = '512MB'");
            await db.Database.ExecuteSqlRawAsync("""CREATE INDEX "IX_SearchDocuments_Bucket_Document" ON "SearchDocuments" USING GIN ("Bucket", "Document")""");
            foreach (var table in Tables)
            {
                var sql = Switch(table, "ENABLE");
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        else
        {
            // Merges FTS5's segments into one b-tree, then gathers the planner's statistics.
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchText" ("SearchText") VALUES ('optimize')""");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }
}
