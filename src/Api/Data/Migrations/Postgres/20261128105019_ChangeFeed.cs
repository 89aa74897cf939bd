using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ArticleId",
                table: "Revisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "Revisions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SpeakerId",
                table: "Revisions",
                type: "uuid",
                nullable: true);

            // Revisions written before the feed take their places in the order they were made, and claims' revisions
            // learn their article and speaker from their snapshots.
            migrationBuilder.Sql("""
                UPDATE "Revisions" SET "Sequence" = numbered.n
                FROM (SELECT "Id", row_number() OVER (ORDER BY "At", "Id") AS n FROM "Revisions") AS numbered
                WHERE numbered."Id" = "Revisions"."Id";
                UPDATE "Revisions" SET "ArticleId" = ("Snapshot"::jsonb ->> 'articleId')::uuid,
                    "SpeakerId" = ("Snapshot"::jsonb ->> 'speakerId')::uuid
                WHERE "EntityType" = 'claim';
                """);

            migrationBuilder.CreateTable(
                name: "ChangeFeedState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Floor = table.Column<long>(type: "bigint", nullable: false),
                    PrunedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeFeedState", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ChangeFeedState",
                columns: new[] { "Id", "Floor", "PrunedAt" },
                values: new object[] { 1, 1L, null });

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_ArticleId_Sequence",
                table: "Revisions",
                columns: new[] { "ArticleId", "Sequence" },
                filter: "\"ArticleId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntityType_Sequence",
                table: "Revisions",
                columns: new[] { "EntityType", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Sequence",
                table: "Revisions",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_SpeakerId_Sequence",
                table: "Revisions",
                columns: new[] { "SpeakerId", "Sequence" },
                filter: "\"SpeakerId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeFeedState");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_ArticleId_Sequence",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_EntityType_Sequence",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_Sequence",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_SpeakerId_Sequence",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ArticleId",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "SpeakerId",
                table: "Revisions");
        }
    }
}
