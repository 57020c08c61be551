using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseNumberIndexCoversInboxKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_tracking_number",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_tracking_number",
                table: "cases",
                columns: new[] { "tenant", "tracking_number" },
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "response_due_at", "status", "assignee_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_tracking_number",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_tracking_number",
                table: "cases",
                columns: new[] { "tenant", "tracking_number" },
                unique: true);
        }
    }
}
