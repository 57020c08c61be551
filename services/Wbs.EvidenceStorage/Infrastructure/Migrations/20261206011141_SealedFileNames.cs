using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.EvidenceStorage.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SealedFileNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "file_name",
                table: "evidence_files",
                type: "character varying(136)",
                maxLength: 136,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(136)",
                oldMaxLength: 136);

            migrationBuilder.AddColumn<byte[]>(
                name: "sealed_file_name",
                table: "evidence_files",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sealed_file_name",
                table: "evidence_files");

            migrationBuilder.AlterColumn<string>(
                name: "file_name",
                table: "evidence_files",
                type: "character varying(136)",
                maxLength: 136,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(136)",
                oldMaxLength: 136,
                oldNullable: true);
        }
    }
}
