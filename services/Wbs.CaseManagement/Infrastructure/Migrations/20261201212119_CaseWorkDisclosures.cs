using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkDisclosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // cases.channel comes from CaseStatsChannel (an earlier migration of a parallel branch).
            migrationBuilder.CreateTable(
                name: "disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    requester_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<byte[]>(type: "bytea", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decider_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decider_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<byte[]>(type: "bytea", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosures", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disclosures_case_id_requester_id",
                table: "disclosures",
                columns: new[] { "case_id", "requester_id" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosures_tenant_status_requested_at",
                table: "disclosures",
                columns: new[] { "tenant", "status", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disclosures");
        }
    }
}
