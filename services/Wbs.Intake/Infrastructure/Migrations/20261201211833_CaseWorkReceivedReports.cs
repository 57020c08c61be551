using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkReceivedReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "complaints",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "web");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                table: "complaints");
        }
    }
}
