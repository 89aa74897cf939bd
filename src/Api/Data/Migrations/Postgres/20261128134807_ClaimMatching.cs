using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClaimMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "StatementId",
                table: "Claims",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StatementPinned",
                table: "Claims",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ClaimEmbeddings",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentHash = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    Code = table.Column<byte[]>(type: "bytea", maxLength: 432, nullable: false),
                    Vector = table.Column<byte[]>(type: "bytea", maxLength: 3456, nullable: false),
                    SpeakerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    EmbeddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimEmbeddings", x => x.ClaimId);
                });

            migrationBuilder.CreateTable(
                name: "MatchingJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnqueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NotBefore = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SpeakerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Corrected = table.Column<bool>(type: "boolean", nullable: false),
                    Correction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Statements_StatementId",
                table: "Claims",
                column: "StatementId",
                principalTable: "Statements",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Statements_StatementId",
                table: "Claims");

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
