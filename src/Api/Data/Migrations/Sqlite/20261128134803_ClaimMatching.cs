using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpeakerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Corrected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Correction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Actors_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // SQLite adds a column with its foreign key in place; EF's AddForeignKey would rebuild the claims table, which
            // drops its search triggers and copies every row. Existing claims need no job here: the matching worker's
            // start-up sweep queues every claim without an embedding.
            migrationBuilder.Sql("""ALTER TABLE "Claims" ADD COLUMN "StatementId" TEXT NULL REFERENCES "Statements" ("Id") ON DELETE SET NULL;""");

            migrationBuilder.AddColumn<bool>(
                name: "StatementPinned",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ClaimEmbeddings",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentHash = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    Code = table.Column<byte[]>(type: "BLOB", maxLength: 432, nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", maxLength: 3456, nullable: false),
                    SpeakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SortKey = table.Column<long>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmbeddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimEmbeddings", x => x.ClaimId);
                });

            migrationBuilder.CreateTable(
                name: "MatchingJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnqueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NotBefore = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingJobs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_StatementId_SortKey_Id",
                table: "Claims",
                columns: new[] { "StatementId", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimEmbeddings_Seq",
                table: "ClaimEmbeddings",
                column: "Seq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchingJobs_ClaimId",
                table: "MatchingJobs",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SpeakerId",
                table: "Statements",
                column: "SpeakerId");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimEmbeddings");

            migrationBuilder.DropTable(
                name: "MatchingJobs");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Claims_StatementId_SortKey_Id",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "StatementPinned",
                table: "Claims");
        }
    }
}
