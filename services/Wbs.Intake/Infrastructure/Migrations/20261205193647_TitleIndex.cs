using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "title_tokens",
                table: "complaints",
                type: "integer[]",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_title_tokens",
                table: "complaints",
                column: "title_tokens")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_titles_to_index",
                table: "complaints",
                column: "tenant",
                filter: "title_tokens IS NULL AND sealed_content IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_title_tokens",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_titles_to_index",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "title_tokens",
                table: "complaints");
        }
    }
}
