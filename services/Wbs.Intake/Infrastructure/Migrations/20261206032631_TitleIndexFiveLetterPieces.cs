using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <summary>
    /// Titles are now also indexed by their five-character pieces, which longer queries look up. Tokens written
    /// before lack them, so they are cleared: search finds those reports by opening them until TitleIndexBackfill
    /// has indexed them again.
    /// </summary>
    public partial class TitleIndexFiveLetterPieces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE complaints SET title_tokens = NULL WHERE title_tokens IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The tokens with five-character pieces hold every earlier token too: nothing to undo.
        }
    }
}
