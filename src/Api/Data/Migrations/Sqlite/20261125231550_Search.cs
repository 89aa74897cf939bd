using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search on FTS5: one index over claims, articles and actors, kept in step with writes by
    /// triggers (so a row is searchable once its transaction commits). SearchDocuments maps each entity to
    /// its FTS5 row and holds the filter columns; SearchText holds the indexed text (Title weighs more).
    /// </summary>
    public partial class Search : Migration
    {
        private static readonly string[] Statements =
        [
            """
            CREATE TABLE "SearchDocuments" (
                "Row" INTEGER NOT NULL PRIMARY KEY,
                "EntityId" TEXT NOT NULL,
                "Type" TEXT NOT NULL,
                "SpeakerId" TEXT NULL,
                "SortKey" INTEGER NULL
            )
            """,
            """CREATE UNIQUE INDEX "IX_SearchDocuments_EntityId" ON "SearchDocuments" ("EntityId")""",
            """CREATE VIRTUAL TABLE "SearchText" USING fts5("Title", "Body", tokenize = 'porter unicode61 remove_diacritics 2')""",

            // Claims: content and quoted words.
            """
            CREATE TRIGGER "Claims_SearchInsert" AFTER INSERT ON "Claims" BEGIN
                INSERT INTO "SearchDocuments" ("EntityId", "Type", "SpeakerId", "SortKey") VALUES (new."Id", 'claim', new."SpeakerId", new."SortKey");
                INSERT INTO "SearchText" (rowid, "Title", "Body") VALUES (last_insert_rowid(), new."Content", coalesce(new."Quote", ''));
            END
            """,
            """
            CREATE TRIGGER "Claims_SearchUpdate" AFTER UPDATE OF "Content", "Quote", "SpeakerId", "SortKey" ON "Claims" BEGIN
                UPDATE "SearchDocuments" SET "SpeakerId" = new."SpeakerId", "SortKey" = new."SortKey" WHERE "EntityId" = new."Id";
                UPDATE "SearchText" SET "Title" = new."Content", "Body" = coalesce(new."Quote", '')
                    WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = new."Id");
            END
            """,
            """
            CREATE TRIGGER "Claims_SearchDelete" AFTER DELETE ON "Claims" BEGIN
                DELETE FROM "SearchText" WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = old."Id");
                DELETE FROM "SearchDocuments" WHERE "EntityId" = old."Id";
            END
            """,

            // Articles: headline and body.
            """
            CREATE TRIGGER "Articles_SearchInsert" AFTER INSERT ON "Articles" BEGIN
                INSERT INTO "SearchDocuments" ("EntityId", "Type", "SortKey") VALUES (new."Id", 'article', new."SortKey");
                INSERT INTO "SearchText" (rowid, "Title", "Body") VALUES (last_insert_rowid(), new."Headline", substr(new."Body", 1, 100000));
            END
            """,
            """
            CREATE TRIGGER "Articles_SearchUpdate" AFTER UPDATE OF "Headline", "Body", "SortKey" ON "Articles" BEGIN
                UPDATE "SearchDocuments" SET "SortKey" = new."SortKey" WHERE "EntityId" = new."Id";
                UPDATE "SearchText" SET "Title" = new."Headline", "Body" = substr(new."Body", 1, 100000)
                    WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = new."Id");
            END
            """,
            """
            CREATE TRIGGER "Articles_SearchDelete" AFTER DELETE ON "Articles" BEGIN
                DELETE FROM "SearchText" WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = old."Id");
                DELETE FROM "SearchDocuments" WHERE "EntityId" = old."Id";
            END
            """,

            // Actors: the display name; the aliases follow from ActorNames below.
            """
            CREATE TRIGGER "Actors_SearchInsert" AFTER INSERT ON "Actors" BEGIN
                INSERT INTO "SearchDocuments" ("EntityId", "Type") VALUES (new."Id", 'actor');
                INSERT INTO "SearchText" (rowid, "Title", "Body") VALUES (last_insert_rowid(), new."Name", '');
            END
            """,
            """
            CREATE TRIGGER "Actors_SearchUpdate" AFTER UPDATE OF "Name" ON "Actors" BEGIN
                UPDATE "SearchText" SET "Title" = new."Name" WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = new."Id");
            END
            """,
            """
            CREATE TRIGGER "Actors_SearchDelete" AFTER DELETE ON "Actors" BEGIN
                DELETE FROM "SearchText" WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = old."Id");
                DELETE FROM "SearchDocuments" WHERE "EntityId" = old."Id";
            END
            """,
            AliasTrigger("INSERT", "new"),
            AliasTrigger("UPDATE", "new"),
            AliasTrigger("DELETE", "old"),

            // Rows written before this migration.
            """
            INSERT INTO "SearchDocuments" ("EntityId", "Type", "SpeakerId", "SortKey")
                SELECT "Id", 'actor', NULL, NULL FROM "Actors"
                UNION ALL SELECT "Id", 'article', NULL, "SortKey" FROM "Articles"
                UNION ALL SELECT "Id", 'claim', "SpeakerId", "SortKey" FROM "Claims"
            """,
            """
            INSERT INTO "SearchText" (rowid, "Title", "Body")
                SELECT d."Row", a."Name", coalesce((SELECT group_concat(n."Value", ' ') FROM "ActorNames" n WHERE n."ActorId" = a."Id" AND n."IsPrimary" = 0), '')
                    FROM "Actors" a JOIN "SearchDocuments" d ON d."EntityId" = a."Id"
                UNION ALL SELECT d."Row", r."Headline", substr(r."Body", 1, 100000) FROM "Articles" r JOIN "SearchDocuments" d ON d."EntityId" = r."Id"
                UNION ALL SELECT d."Row", c."Content", coalesce(c."Quote", '') FROM "Claims" c JOIN "SearchDocuments" d ON d."EntityId" = c."Id"
            """,
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in Statements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Claims", "Articles", "Actors", "ActorNames" }
                .SelectMany(table => new[] { "Insert", "Update", "Delete" }.Select(op => $"{table}_Search{op}")))
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{trigger}" """);
            }

            migrationBuilder.Sql("""DROP TABLE "SearchText" """);
            migrationBuilder.Sql("""DROP TABLE "SearchDocuments" """);
        }

        /// <summary>An actor's aliases are its names other than the display name, recomputed when one changes.</summary>
        private static string AliasTrigger(string operation, string row) => $"""
            CREATE TRIGGER "ActorNames_Search{operation[0]}{operation[1..].ToLowerInvariant()}" AFTER {operation} ON "ActorNames" BEGIN
                UPDATE "SearchText" SET "Body" = coalesce((SELECT group_concat("Value", ' ') FROM "ActorNames" WHERE "ActorId" = {row}."ActorId" AND "IsPrimary" = 0), '')
                    WHERE rowid = (SELECT "Row" FROM "SearchDocuments" WHERE "EntityId" = {row}."ActorId");
            END
            """;
    }
}
