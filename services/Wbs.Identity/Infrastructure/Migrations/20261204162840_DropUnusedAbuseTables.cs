using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DropUnusedAbuseTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "code_failure_buckets");

            migrationBuilder.DropTable(
                name: "login_attempts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "code_failure_buckets",
                columns: table => new
                {
                    tenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    bucket_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_code_failure_buckets", x => new { x.tenant, x.bucket_start });
                });

            migrationBuilder.CreateTable(
                name: "login_attempts",
                columns: table => new
                {
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_login_attempts", x => x.subject_id);
                });
        }
    }
}
