using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Full-text search on PostgreSQL: one SearchDocuments row per claim, article and actor with a stored
    /// tsvector (title weighted A, body B) under a GIN index, kept in step with writes by triggers in the
    /// writing transaction. Bodies are indexed up to 100,000 characters (a tsvector is capped at 1 MB).
    /// </summary>
    public partial class Search : Migration
    {
        private static readonly string[] Statements =
        [
            """
            CREATE TABLE "SearchDocuments" (
                "EntityId" uuid NOT NULL PRIMARY KEY,
                "Type" character varying(16) NOT NULL,
                "SpeakerId" uuid NULL,
                "SortKey" bigint NULL,
                "Title" text NOT NULL,
                "Body" text NOT NULL,
                "Document" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, "Title"), 'A') || setweight(to_tsvector('english'::regconfig, "Body"), 'B')) STORED
            )
            """,
            """CREATE INDEX "IX_SearchDocuments_Document" ON "SearchDocuments" USING GIN ("Document")""",
            """
            CREATE FUNCTION search_upsert(id uuid, type text, speaker uuid, sort_key bigint, title text, body text) RETURNS void
            LANGUAGE sql AS $$
                INSERT INTO "SearchDocuments" ("EntityId", "Type", "SpeakerId", "SortKey", "Title", "Body")
                VALUES (id, type, speaker, sort_key, title, left(body, 100000))
                ON CONFLICT ("EntityId") DO UPDATE SET "SpeakerId" = EXCLUDED."SpeakerId", "SortKey" = EXCLUDED."SortKey",
                    "Title" = EXCLUDED."Title", "Body" = EXCLUDED."Body"
            $$
            """,
            """
            CREATE FUNCTION search_claims() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM "SearchDocuments" WHERE "EntityId" = OLD."Id";
                    RETURN OLD;
                END IF;
                PERFORM search_upsert(NEW."Id", 'claim', NEW."SpeakerId", NEW."SortKey", NEW."Content", coalesce(NEW."Quote", ''));
                RETURN NEW;
            END $$
            """,
            """
            CREATE FUNCTION search_articles() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM "SearchDocuments" WHERE "EntityId" = OLD."Id";
                    RETURN OLD;
                END IF;
                PERFORM search_upsert(NEW."Id", 'article', NULL, NEW."SortKey", NEW."Headline", NEW."Body");
                RETURN NEW;
            END $$
            """,
            """
            CREATE FUNCTION search_actor_aliases(actor uuid) RETURNS text LANGUAGE sql STABLE AS $$
                SELECT coalesce(string_agg("Value", ' '), '') FROM "ActorNames" WHERE "ActorId" = actor AND NOT "IsPrimary"
            $$
            """,
            """
            CREATE FUNCTION search_actors() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM "SearchDocuments" WHERE "EntityId" = OLD."Id";
                    RETURN OLD;
                END IF;
                PERFORM search_upsert(NEW."Id", 'actor', NULL, NULL, NEW."Name", search_actor_aliases(NEW."Id"));
                RETURN NEW;
            END $$
            """,
            """
            CREATE FUNCTION search_actor_names() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE actor uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."ActorId" ELSE NEW."ActorId" END;
            BEGIN
                UPDATE "SearchDocuments" SET "Body" = search_actor_aliases(actor) WHERE "EntityId" = actor;
                RETURN NULL;
            END $$
            """,
            """CREATE TRIGGER "Claims_Search" AFTER INSERT OR DELETE OR UPDATE OF "Content", "Quote", "SpeakerId", "SortKey" ON "Claims" FOR EACH ROW EXECUTE FUNCTION search_claims()""",
            """CREATE TRIGGER "Articles_Search" AFTER INSERT OR DELETE OR UPDATE OF "Headline", "Body", "SortKey" ON "Articles" FOR EACH ROW EXECUTE FUNCTION search_articles()""",
            """CREATE TRIGGER "Actors_Search" AFTER INSERT OR DELETE OR UPDATE OF "Name" ON "Actors" FOR EACH ROW EXECUTE FUNCTION search_actors()""",
            """CREATE TRIGGER "ActorNames_Search" AFTER INSERT OR DELETE OR UPDATE ON "ActorNames" FOR EACH ROW EXECUTE FUNCTION search_actor_names()""",

            // Rows written before this migration.
            """
            INSERT INTO "SearchDocuments" ("EntityId", "Type", "SpeakerId", "SortKey", "Title", "Body")
                SELECT "Id", 'actor', NULL::uuid, NULL::bigint, "Name", search_actor_aliases("Id") FROM "Actors"
                UNION ALL SELECT "Id", 'article', NULL, "SortKey", "Headline", left("Body", 100000) FROM "Articles"
                UNION ALL SELECT "Id", 'claim', "SpeakerId", "SortKey", "Content", coalesce("Quote", '') FROM "Claims"
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
            migrationBuilder.Sql("""DROP TRIGGER "Claims_Search" ON "Claims" """);
            migrationBuilder.Sql("""DROP TRIGGER "Articles_Search" ON "Articles" """);
            migrationBuilder.Sql("""DROP TRIGGER "Actors_Search" ON "Actors" """);
            migrationBuilder.Sql("""DROP TRIGGER "ActorNames_Search" ON "ActorNames" """);
            migrationBuilder.Sql("DROP FUNCTION search_claims(), search_articles(), search_actors(), search_actor_names(), search_actor_aliases(uuid), search_upsert(uuid, text, uuid, bigint, text, text)");
            migrationBuilder.Sql("""DROP TABLE "SearchDocuments" """);
        }
    }
}
