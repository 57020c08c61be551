using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FreshTotpAtFirstSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "must_enrol_totp",
                table: "staff_users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "sealed_pending_totp_secret",
                table: "staff_users",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "must_enrol_totp",
                table: "staff_users");

            migrationBuilder.DropColumn(
                name: "sealed_pending_totp_secret",
                table: "staff_users");
        }
    }
}
