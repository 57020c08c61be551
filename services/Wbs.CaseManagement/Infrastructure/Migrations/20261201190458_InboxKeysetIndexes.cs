using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InboxKeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_tenant_response_due_at",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_tenant_assignee_id_response_due_at_tracking_number",
                table: "cases",
                columns: new[] { "tenant", "assignee_id", "response_due_at", "tracking_number" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_tenant_response_due_at_tracking_number",
                table: "cases",
                columns: new[] { "tenant", "response_due_at", "tracking_number" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_tenant_status_response_due_at_tracking_number",
                table: "cases",
                columns: new[] { "tenant", "status", "response_due_at", "tracking_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_tenant_assignee_id_response_due_at_tracking_number",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_tenant_response_due_at_tracking_number",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_tenant_status_response_due_at_tracking_number",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_tenant_response_due_at",
                table: "cases",
                columns: new[] { "tenant", "response_due_at" });
        }
    }
}
