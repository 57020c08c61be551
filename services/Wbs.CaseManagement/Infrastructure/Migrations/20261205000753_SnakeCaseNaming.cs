using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.CaseManagement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNaming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE case_messages RENAME CONSTRAINT "FK_case_messages_cases_case_id" TO "fk_case_messages_cases_case_id";""");

            migrationBuilder.Sql("""ALTER TABLE timeline_entries RENAME CONSTRAINT "FK_timeline_entries_cases_case_id" TO "fk_timeline_entries_cases_case_id";""");

            migrationBuilder.Sql("""ALTER TABLE timeline_entries RENAME CONSTRAINT "PK_timeline_entries" TO "pk_timeline_entries";""");

            migrationBuilder.Sql("""ALTER TABLE sla_reminders RENAME CONSTRAINT "PK_sla_reminders" TO "pk_sla_reminders";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "PK_inbox_messages" TO "pk_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE forwardings RENAME CONSTRAINT "PK_forwardings" TO "pk_forwardings";""");

            migrationBuilder.Sql("""ALTER TABLE disclosures RENAME CONSTRAINT "PK_disclosures" TO "pk_disclosures";""");

            migrationBuilder.Sql("""ALTER TABLE cases RENAME CONSTRAINT "PK_cases" TO "pk_cases";""");

            migrationBuilder.Sql("""ALTER TABLE case_messages RENAME CONSTRAINT "PK_case_messages" TO "pk_case_messages";""");

            migrationBuilder.Sql("""ALTER TABLE case_evidence RENAME CONSTRAINT "PK_case_evidence" TO "pk_case_evidence";""");

            migrationBuilder.Sql("""ALTER TABLE audit_entries RENAME CONSTRAINT "PK_audit_entries" TO "pk_audit_entries";""");

            migrationBuilder.RenameIndex(
                name: "IX_timeline_entries_case_id_at",
                table: "timeline_entries",
                newName: "ix_timeline_entries_case_id_at");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_occurred_at",
                table: "outbox_messages",
                newName: "ix_outbox_messages_occurred_at");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_dispatched_at",
                table: "outbox_messages",
                newName: "ix_outbox_messages_dispatched_at");

            migrationBuilder.RenameIndex(
                name: "IX_inbox_messages_handled_at",
                table: "inbox_messages",
                newName: "ix_inbox_messages_handled_at");

            migrationBuilder.RenameIndex(
                name: "IX_forwardings_case_id",
                table: "forwardings",
                newName: "ix_forwardings_case_id");

            migrationBuilder.RenameIndex(
                name: "IX_disclosures_tenant_status_requested_at",
                table: "disclosures",
                newName: "ix_disclosures_tenant_status_requested_at");

            migrationBuilder.RenameIndex(
                name: "IX_disclosures_case_id_requester_id",
                table: "disclosures",
                newName: "ix_disclosures_case_id_requester_id");

            migrationBuilder.RenameIndex(
                name: "IX_cases_tracking_number",
                table: "cases",
                newName: "ix_cases_tracking_number");

            migrationBuilder.RenameIndex(
                name: "IX_cases_tenant_tracking_number",
                table: "cases",
                newName: "ix_cases_tenant_tracking_number");

            migrationBuilder.RenameIndex(
                name: "IX_cases_tenant_status_response_due_at_tracking_number",
                table: "cases",
                newName: "ix_cases_tenant_status_response_due_at_tracking_number");

            migrationBuilder.RenameIndex(
                name: "IX_cases_tenant_response_due_at_tracking_number",
                table: "cases",
                newName: "ix_cases_tenant_response_due_at_tracking_number");

            migrationBuilder.RenameIndex(
                name: "IX_cases_tenant_assignee_id_response_due_at_tracking_number",
                table: "cases",
                newName: "ix_cases_tenant_assignee_id_response_due_at_tracking_number");

            migrationBuilder.RenameIndex(
                name: "IX_cases_tenant_account_id",
                table: "cases",
                newName: "ix_cases_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "IX_case_messages_case_id_at",
                table: "case_messages",
                newName: "ix_case_messages_case_id_at");

            migrationBuilder.RenameIndex(
                name: "IX_case_evidence_evidence_id",
                table: "case_evidence",
                newName: "ix_case_evidence_evidence_id");

            migrationBuilder.RenameIndex(
                name: "IX_audit_entries_tenant_sequence",
                table: "audit_entries",
                newName: "ix_audit_entries_tenant_sequence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE case_messages RENAME CONSTRAINT "fk_case_messages_cases_case_id" TO "FK_case_messages_cases_case_id";""");

            migrationBuilder.Sql("""ALTER TABLE timeline_entries RENAME CONSTRAINT "fk_timeline_entries_cases_case_id" TO "FK_timeline_entries_cases_case_id";""");

            migrationBuilder.Sql("""ALTER TABLE timeline_entries RENAME CONSTRAINT "pk_timeline_entries" TO "PK_timeline_entries";""");

            migrationBuilder.Sql("""ALTER TABLE sla_reminders RENAME CONSTRAINT "pk_sla_reminders" TO "PK_sla_reminders";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "pk_inbox_messages" TO "PK_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE forwardings RENAME CONSTRAINT "pk_forwardings" TO "PK_forwardings";""");

            migrationBuilder.Sql("""ALTER TABLE disclosures RENAME CONSTRAINT "pk_disclosures" TO "PK_disclosures";""");

            migrationBuilder.Sql("""ALTER TABLE cases RENAME CONSTRAINT "pk_cases" TO "PK_cases";""");

            migrationBuilder.Sql("""ALTER TABLE case_messages RENAME CONSTRAINT "pk_case_messages" TO "PK_case_messages";""");

            migrationBuilder.Sql("""ALTER TABLE case_evidence RENAME CONSTRAINT "pk_case_evidence" TO "PK_case_evidence";""");

            migrationBuilder.Sql("""ALTER TABLE audit_entries RENAME CONSTRAINT "pk_audit_entries" TO "PK_audit_entries";""");

            migrationBuilder.RenameIndex(
                name: "ix_timeline_entries_case_id_at",
                table: "timeline_entries",
                newName: "IX_timeline_entries_case_id_at");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_occurred_at",
                table: "outbox_messages",
                newName: "IX_outbox_messages_occurred_at");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_dispatched_at",
                table: "outbox_messages",
                newName: "IX_outbox_messages_dispatched_at");

            migrationBuilder.RenameIndex(
                name: "ix_inbox_messages_handled_at",
                table: "inbox_messages",
                newName: "IX_inbox_messages_handled_at");

            migrationBuilder.RenameIndex(
                name: "ix_forwardings_case_id",
                table: "forwardings",
                newName: "IX_forwardings_case_id");

            migrationBuilder.RenameIndex(
                name: "ix_disclosures_tenant_status_requested_at",
                table: "disclosures",
                newName: "IX_disclosures_tenant_status_requested_at");

            migrationBuilder.RenameIndex(
                name: "ix_disclosures_case_id_requester_id",
                table: "disclosures",
                newName: "IX_disclosures_case_id_requester_id");

            migrationBuilder.RenameIndex(
                name: "ix_cases_tracking_number",
                table: "cases",
                newName: "IX_cases_tracking_number");

            migrationBuilder.RenameIndex(
                name: "ix_cases_tenant_tracking_number",
                table: "cases",
                newName: "IX_cases_tenant_tracking_number");

            migrationBuilder.RenameIndex(
                name: "ix_cases_tenant_status_response_due_at_tracking_number",
                table: "cases",
                newName: "IX_cases_tenant_status_response_due_at_tracking_number");

            migrationBuilder.RenameIndex(
                name: "ix_cases_tenant_response_due_at_tracking_number",
                table: "cases",
                newName: "IX_cases_tenant_response_due_at_tracking_number");

            migrationBuilder.RenameIndex(
                name: "ix_cases_tenant_assignee_id_response_due_at_tracking_number",
                table: "cases",
                newName: "IX_cases_tenant_assignee_id_response_due_at_tracking_number");

            migrationBuilder.RenameIndex(
                name: "ix_cases_tenant_account_id",
                table: "cases",
                newName: "IX_cases_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "ix_case_messages_case_id_at",
                table: "case_messages",
                newName: "IX_case_messages_case_id_at");

            migrationBuilder.RenameIndex(
                name: "ix_case_evidence_evidence_id",
                table: "case_evidence",
                newName: "IX_case_evidence_evidence_id");

            migrationBuilder.RenameIndex(
                name: "ix_audit_entries_tenant_sequence",
                table: "audit_entries",
                newName: "IX_audit_entries_tenant_sequence");
        }
    }
}
