using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingValue = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    BestRating = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    WorstRating = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    RatingText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Verdict = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClaimReviewed = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Headline = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Actors_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ClaimId_Verdict",
                table: "Reviews",
                columns: new[] { "ClaimId", "Verdict" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ReviewerId_SortKey_Id",
                table: "Reviews",
                columns: new[] { "ReviewerId", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ReviewerId_Url",
                table: "Reviews",
                columns: new[] { "ReviewerId", "Url" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_SortKey_Id",
                table: "Reviews",
                columns: new[] { "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Verdict_SortKey_Id",
                table: "Reviews",
                columns: new[] { "Verdict", "SortKey", "Id" });
            // Claim documents gain "reviews" (ClaimResponse's last field), null for a claim no one reviewed: which every
            // stored claim is now. Appending it keeps each document the bytes the builder would write, without rebuilding
            // a million documents at start-up; documents still missing (Document IS NULL) are built by the backfill.
            migrationBuilder.Sql("""
                UPDATE "Claims" SET "Document" = left("Document", -1) || ',"reviews":null}'
                WHERE "Document" LIKE '%}' AND "Document" NOT LIKE '%"reviews":%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Claims" SET "Document" = left("Document", -16) || '}'
                WHERE "Document" LIKE '%,"reviews":null}';
                """);

            migrationBuilder.DropTable(
                name: "Reviews");
        }
    }
}
