using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <summary>
    /// Titles are now also indexed by their eight-character pieces across a space, which queries of several words look
    /// up. Tokens written before lack them, so they are cleared: search finds those reports by opening them until
    /// TitleIndexBackfill has indexed them again.
    /// </summary>
    public partial class TitleIndexEightLetterJoins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE complaints SET title_tokens = NULL WHERE title_tokens IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The tokens with eight-character joins hold every earlier token too: nothing to undo.
        }
    }
}
