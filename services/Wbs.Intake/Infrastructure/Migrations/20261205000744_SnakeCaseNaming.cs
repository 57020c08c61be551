using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Intake.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNaming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE tenant_records RENAME CONSTRAINT "PK_tenant_records" TO "pk_tenant_records";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "PK_inbox_messages" TO "pk_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE idempotency_records RENAME CONSTRAINT "PK_idempotency_records" TO "pk_idempotency_records";""");

            migrationBuilder.Sql("""ALTER TABLE complaints RENAME CONSTRAINT "PK_complaints" TO "pk_complaints";""");

            migrationBuilder.RenameColumn(
                name: "Version",
                table: "tenant_records",
                newName: "version");

            migrationBuilder.RenameColumn(
                name: "Profile",
                table: "tenant_records",
                newName: "profile");

            migrationBuilder.RenameColumn(
                name: "Kind",
                table: "tenant_records",
                newName: "kind");

            migrationBuilder.RenameColumn(
                name: "Slug",
                table: "tenant_records",
                newName: "slug");

            migrationBuilder.RenameColumn(
                name: "UpdatedAt",
                table: "tenant_records",
                newName: "updated_at");

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

            migrationBuilder.RenameColumn(
                name: "Tenant",
                table: "idempotency_records",
                newName: "tenant");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "idempotency_records",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "SealedAnswer",
                table: "idempotency_records",
                newName: "sealed_answer");

            migrationBuilder.RenameColumn(
                name: "RequestHash",
                table: "idempotency_records",
                newName: "request_hash");

            migrationBuilder.RenameColumn(
                name: "KeyHash",
                table: "idempotency_records",
                newName: "key_hash");

            migrationBuilder.RenameColumn(
                name: "ExpiresAt",
                table: "idempotency_records",
                newName: "expires_at");

            migrationBuilder.RenameIndex(
                name: "IX_idempotency_records_Tenant_KeyHash",
                table: "idempotency_records",
                newName: "ix_idempotency_records_tenant_key_hash");

            migrationBuilder.RenameIndex(
                name: "IX_idempotency_records_ExpiresAt",
                table: "idempotency_records",
                newName: "ix_idempotency_records_expires_at");

            migrationBuilder.RenameColumn(
                name: "Tenant",
                table: "complaints",
                newName: "tenant");

            migrationBuilder.RenameColumn(
                name: "Channel",
                table: "complaints",
                newName: "channel");

            migrationBuilder.RenameColumn(
                name: "Category",
                table: "complaints",
                newName: "category");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "complaints",
                newName: "id");

            migrationBuilder.RenameColumn(
                name: "TrackingNumber",
                table: "complaints",
                newName: "tracking_number");

            migrationBuilder.RenameColumn(
                name: "SubmittedAt",
                table: "complaints",
                newName: "submitted_at");

            migrationBuilder.RenameColumn(
                name: "SealedIdentity",
                table: "complaints",
                newName: "sealed_identity");

            migrationBuilder.RenameColumn(
                name: "SealedContent",
                table: "complaints",
                newName: "sealed_content");

            migrationBuilder.RenameColumn(
                name: "ResponseDueAt",
                table: "complaints",
                newName: "response_due_at");

            migrationBuilder.RenameColumn(
                name: "ReporterType",
                table: "complaints",
                newName: "reporter_type");

            migrationBuilder.RenameColumn(
                name: "ForwardingId",
                table: "complaints",
                newName: "forwarding_id");

            migrationBuilder.RenameColumn(
                name: "EvidenceIds",
                table: "complaints",
                newName: "evidence_ids");

            migrationBuilder.RenameColumn(
                name: "ContentDestroyedAt",
                table: "complaints",
                newName: "content_destroyed_at");

            migrationBuilder.RenameColumn(
                name: "CodeDigest",
                table: "complaints",
                newName: "code_digest");

            migrationBuilder.RenameColumn(
                name: "AccountId",
                table: "complaints",
                newName: "account_id");

            migrationBuilder.RenameColumn(
                name: "has_who",
                table: "complaints",
                newName: "completeness_who");

            migrationBuilder.RenameColumn(
                name: "has_where",
                table: "complaints",
                newName: "completeness_where");

            migrationBuilder.RenameColumn(
                name: "has_when",
                table: "complaints",
                newName: "completeness_when");

            migrationBuilder.RenameColumn(
                name: "has_what",
                table: "complaints",
                newName: "completeness_what");

            migrationBuilder.RenameColumn(
                name: "has_how",
                table: "complaints",
                newName: "completeness_how");

            migrationBuilder.RenameIndex(
                name: "IX_complaints_Tenant_TrackingNumber",
                table: "complaints",
                newName: "ix_complaints_tenant_tracking_number");

            migrationBuilder.RenameIndex(
                name: "IX_complaints_Tenant_CodeDigest",
                table: "complaints",
                newName: "ix_complaints_tenant_code_digest");

            migrationBuilder.RenameIndex(
                name: "IX_complaints_Tenant_AccountId",
                table: "complaints",
                newName: "ix_complaints_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "IX_complaints_ForwardingId",
                table: "complaints",
                newName: "ix_complaints_forwarding_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE tenant_records RENAME CONSTRAINT "pk_tenant_records" TO "PK_tenant_records";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "pk_inbox_messages" TO "PK_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE idempotency_records RENAME CONSTRAINT "pk_idempotency_records" TO "PK_idempotency_records";""");

            migrationBuilder.Sql("""ALTER TABLE complaints RENAME CONSTRAINT "pk_complaints" TO "PK_complaints";""");

            migrationBuilder.RenameColumn(
                name: "version",
                table: "tenant_records",
                newName: "Version");

            migrationBuilder.RenameColumn(
                name: "profile",
                table: "tenant_records",
                newName: "Profile");

            migrationBuilder.RenameColumn(
                name: "kind",
                table: "tenant_records",
                newName: "Kind");

            migrationBuilder.RenameColumn(
                name: "slug",
                table: "tenant_records",
                newName: "Slug");

            migrationBuilder.RenameColumn(
                name: "updated_at",
                table: "tenant_records",
                newName: "UpdatedAt");

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

            migrationBuilder.RenameColumn(
                name: "tenant",
                table: "idempotency_records",
                newName: "Tenant");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "idempotency_records",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "sealed_answer",
                table: "idempotency_records",
                newName: "SealedAnswer");

            migrationBuilder.RenameColumn(
                name: "request_hash",
                table: "idempotency_records",
                newName: "RequestHash");

            migrationBuilder.RenameColumn(
                name: "key_hash",
                table: "idempotency_records",
                newName: "KeyHash");

            migrationBuilder.RenameColumn(
                name: "expires_at",
                table: "idempotency_records",
                newName: "ExpiresAt");

            migrationBuilder.RenameIndex(
                name: "ix_idempotency_records_tenant_key_hash",
                table: "idempotency_records",
                newName: "IX_idempotency_records_Tenant_KeyHash");

            migrationBuilder.RenameIndex(
                name: "ix_idempotency_records_expires_at",
                table: "idempotency_records",
                newName: "IX_idempotency_records_ExpiresAt");

            migrationBuilder.RenameColumn(
                name: "tenant",
                table: "complaints",
                newName: "Tenant");

            migrationBuilder.RenameColumn(
                name: "channel",
                table: "complaints",
                newName: "Channel");

            migrationBuilder.RenameColumn(
                name: "category",
                table: "complaints",
                newName: "Category");

            migrationBuilder.RenameColumn(
                name: "id",
                table: "complaints",
                newName: "Id");

            migrationBuilder.RenameColumn(
                name: "tracking_number",
                table: "complaints",
                newName: "TrackingNumber");

            migrationBuilder.RenameColumn(
                name: "submitted_at",
                table: "complaints",
                newName: "SubmittedAt");

            migrationBuilder.RenameColumn(
                name: "sealed_identity",
                table: "complaints",
                newName: "SealedIdentity");

            migrationBuilder.RenameColumn(
                name: "sealed_content",
                table: "complaints",
                newName: "SealedContent");

            migrationBuilder.RenameColumn(
                name: "response_due_at",
                table: "complaints",
                newName: "ResponseDueAt");

            migrationBuilder.RenameColumn(
                name: "reporter_type",
                table: "complaints",
                newName: "ReporterType");

            migrationBuilder.RenameColumn(
                name: "forwarding_id",
                table: "complaints",
                newName: "ForwardingId");

            migrationBuilder.RenameColumn(
                name: "evidence_ids",
                table: "complaints",
                newName: "EvidenceIds");

            migrationBuilder.RenameColumn(
                name: "content_destroyed_at",
                table: "complaints",
                newName: "ContentDestroyedAt");

            migrationBuilder.RenameColumn(
                name: "code_digest",
                table: "complaints",
                newName: "CodeDigest");

            migrationBuilder.RenameColumn(
                name: "account_id",
                table: "complaints",
                newName: "AccountId");

            migrationBuilder.RenameColumn(
                name: "completeness_who",
                table: "complaints",
                newName: "has_who");

            migrationBuilder.RenameColumn(
                name: "completeness_where",
                table: "complaints",
                newName: "has_where");

            migrationBuilder.RenameColumn(
                name: "completeness_when",
                table: "complaints",
                newName: "has_when");

            migrationBuilder.RenameColumn(
                name: "completeness_what",
                table: "complaints",
                newName: "has_what");

            migrationBuilder.RenameColumn(
                name: "completeness_how",
                table: "complaints",
                newName: "has_how");

            migrationBuilder.RenameIndex(
                name: "ix_complaints_tenant_tracking_number",
                table: "complaints",
                newName: "IX_complaints_Tenant_TrackingNumber");

            migrationBuilder.RenameIndex(
                name: "ix_complaints_tenant_code_digest",
                table: "complaints",
                newName: "IX_complaints_Tenant_CodeDigest");

            migrationBuilder.RenameIndex(
                name: "ix_complaints_tenant_account_id",
                table: "complaints",
                newName: "IX_complaints_Tenant_AccountId");

            migrationBuilder.RenameIndex(
                name: "ix_complaints_forwarding_id",
                table: "complaints",
                newName: "IX_complaints_ForwardingId");
        }
    }
}
