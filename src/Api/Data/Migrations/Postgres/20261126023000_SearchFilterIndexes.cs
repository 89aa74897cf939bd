using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// B-tree indexes on the search filters, so a search narrowed to one speaker, to actors or to a date range
    /// starts from the few rows that pass the filter and checks the words on those, instead of walking every match
    /// of a common word (400-600 ms at a million claims without them).
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261126023000_SearchFilterIndexes")]
    public partial class SearchFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SpeakerId" ON "SearchDocuments" ("SpeakerId", "EntityId")""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_Type" ON "SearchDocuments" ("Type", "EntityId")""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SortKey" ON "SearchDocuments" ("SortKey")""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchDocuments_SpeakerId" """);
            migrationBuilder.Sql("""DROP INDEX "IX_SearchDocuments_Type" """);
            migrationBuilder.Sql("""DROP INDEX "IX_SearchDocuments_SortKey" """);
        }
    }
}
