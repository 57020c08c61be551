using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkForwardingRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "content_destroyed_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "forwarded_to",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "forwardings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    destination = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    destination_tracking_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    evidence_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    sealed_details = table.Column<byte[]>(type: "bytea", nullable: true),
                    redaction_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forwardings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forwardings_case_id",
                table: "forwardings",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forwardings");

            migrationBuilder.DropColumn(
                name: "content_destroyed_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "forwarded_to",
                table: "cases");
        }
    }
}
