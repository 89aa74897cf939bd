using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
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

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Types = table.Column<string[]>(type: "text[]", nullable: false),
                    Actions = table.Column<string[]>(type: "text[]", nullable: false),
                    Speaker = table.Column<Guid>(type: "uuid", nullable: true),
                    Article = table.Column<Guid>(type: "uuid", nullable: true),
                    Secret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    DisabledReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ResponseStatus = table.Column<int>(type: "integer", nullable: true),
                    LatencyMs = table.Column<double>(type: "double precision", nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ResponseBody = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Manual = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
