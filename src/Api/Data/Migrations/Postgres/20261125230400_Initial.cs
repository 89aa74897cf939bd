using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Actors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WikidataId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActorNames",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Normalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsPrimary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActorNames_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActorRole",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorRole", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActorRole_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Headline = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PublisherId = table.Column<Guid>(type: "uuid", nullable: true),
                    CanonicalUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    Byline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: false),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Actors_PublisherId",
                        column: x => x.PublisherId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Quote = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Cue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SpeakerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SpeakerDescription = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SaidOnPrecision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    SaidOnText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SpeakerStart = table.Column<int>(type: "integer", nullable: true),
                    SpeakerEnd = table.Column<int>(type: "integer", nullable: true),
                    CueStart = table.Column<int>(type: "integer", nullable: true),
                    CueEnd = table.Column<int>(type: "integer", nullable: true),
                    ContentStart = table.Column<int>(type: "integer", nullable: true),
                    ContentEnd = table.Column<int>(type: "integer", nullable: true),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Actors_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChainLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Cue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SpanStart = table.Column<int>(type: "integer", nullable: true),
                    SpanEnd = table.Column<int>(type: "integer", nullable: true),
                    CueStart = table.Column<int>(type: "integer", nullable: true),
                    CueEnd = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainLinks_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChainLinks_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimRelations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimRelations_Claims_FromClaimId",
                        column: x => x.FromClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimRelations_Claims_ToClaimId",
                        column: x => x.ToClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimSubjects",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimSubjects", x => new { x.ClaimId, x.ActorId });
                    table.ForeignKey(
                        name: "FK_ClaimSubjects_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClaimSubjects_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActorNames_ActorId",
                table: "ActorNames",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ActorNames_Normalized",
                table: "ActorNames",
                column: "Normalized",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActorRole_ActorId",
                table: "ActorRole",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_Actors_Name",
                table: "Actors",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CanonicalUrl",
                table: "Articles",
                column: "CanonicalUrl",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublisherId_SortKey_Id",
                table: "Articles",
                columns: new[] { "PublisherId", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SortKey_Id",
                table: "Articles",
                columns: new[] { "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ChainLinks_ActorId",
                table: "ChainLinks",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainLinks_ClaimId_Position",
                table: "ChainLinks",
                columns: new[] { "ClaimId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimRelations_FromClaimId_ToClaimId_Kind",
                table: "ClaimRelations",
                columns: new[] { "FromClaimId", "ToClaimId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimRelations_ToClaimId",
                table: "ClaimRelations",
                column: "ToClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ArticleId_SortKey_Id",
                table: "Claims",
                columns: new[] { "ArticleId", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SortKey_Id",
                table: "Claims",
                columns: new[] { "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SpeakerId_SortKey_Id",
                table: "Claims",
                columns: new[] { "SpeakerId", "SortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimSubjects_ActorId",
                table: "ClaimSubjects",
                column: "ActorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActorNames");

            migrationBuilder.DropTable(
                name: "ActorRole");

            migrationBuilder.DropTable(
                name: "ChainLinks");

            migrationBuilder.DropTable(
                name: "ClaimRelations");

            migrationBuilder.DropTable(
                name: "ClaimSubjects");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Actors");
        }
    }
}
