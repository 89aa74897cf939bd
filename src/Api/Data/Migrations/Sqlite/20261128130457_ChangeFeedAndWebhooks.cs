using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeFeedAndWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ArticleId",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "Revisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SpeakerId",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            // Revisions written before the feed take their places in the order they were made, and claims' revisions
            // learn their article and speaker from their snapshots (ids stored as EF stores them: upper-case text).
            migrationBuilder.Sql("""
                UPDATE "Revisions" SET "Sequence" = numbered.n
                FROM (SELECT "Id", row_number() OVER (ORDER BY "At", "Id") AS n FROM "Revisions") AS numbered
                WHERE numbered."Id" = "Revisions"."Id";
                UPDATE "Revisions" SET "ArticleId" = upper(json_extract("Snapshot", '$.articleId')),
                    "SpeakerId" = upper(json_extract("Snapshot", '$.speakerId'))
                WHERE "EntityType" = 'claim';
                """);

            migrationBuilder.CreateTable(
                name: "ChangeFeedState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Floor = table.Column<long>(type: "INTEGER", nullable: false),
                    PrunedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeFeedState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Types = table.Column<string>(type: "TEXT", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: false),
                    Speaker = table.Column<Guid>(type: "TEXT", nullable: true),
                    Article = table.Column<Guid>(type: "TEXT", nullable: true),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResponseStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LatencyMs = table.Column<double>(type: "REAL", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Manual = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "WebhookSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_At",
                table: "WebhookDeliveries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_Pending",
                table: "WebhookDeliveries",
                column: "SubscriptionId",
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_SubscriptionId_Id",
                table: "WebhookDeliveries",
                columns: new[] { "SubscriptionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_Enabled_NextAttemptAt",
                table: "WebhookSubscriptions",
                columns: new[] { "Enabled", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeFeedState");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");

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
