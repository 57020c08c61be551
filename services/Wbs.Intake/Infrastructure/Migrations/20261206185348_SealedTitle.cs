using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SealedTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_titles_to_index",
                table: "complaints");

            migrationBuilder.AddColumn<byte[]>(
                name: "sealed_title",
                table: "complaints",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_titles_to_index",
                table: "complaints",
                column: "tenant",
                filter: "(title_tokens IS NULL OR sealed_title IS NULL) AND sealed_content IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_titles_to_index",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "sealed_title",
                table: "complaints");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_titles_to_index",
                table: "complaints",
                column: "tenant",
                filter: "title_tokens IS NULL AND sealed_content IS NOT NULL");
        }
    }
}
