using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimReadModel : Migration
    {
        /// <inheritdoc />
        // The claims' read model (ClaimDocument): each claim's API response, stored with it. Existing rows are
        // filled at start-up by ClaimDocumentBackfill, from the same C# builder every write uses, not by SQL here;
        // the partial index finds them. The spans became one value type (an EF complex property) mapped to the
        // columns they already had, so they need no change here.
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Document",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_WithoutDocument",
                table: "Claims",
                column: "Id",
                filter: "\"Document\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_WithoutDocument",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Document",
                table: "Claims");
        }
    }
}
