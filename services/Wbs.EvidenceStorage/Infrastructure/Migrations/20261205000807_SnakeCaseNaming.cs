using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.EvidenceStorage.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNaming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "PK_inbox_messages" TO "pk_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE evidence_files RENAME CONSTRAINT "PK_evidence_files" TO "pk_evidence_files";""");

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
                name: "IX_evidence_files_tenant_complaint_id",
                table: "evidence_files",
                newName: "ix_evidence_files_tenant_complaint_id");

            migrationBuilder.RenameIndex(
                name: "IX_evidence_files_created_at",
                table: "evidence_files",
                newName: "ix_evidence_files_created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "pk_inbox_messages" TO "PK_inbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE evidence_files RENAME CONSTRAINT "pk_evidence_files" TO "PK_evidence_files";""");

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
                name: "ix_evidence_files_tenant_complaint_id",
                table: "evidence_files",
                newName: "IX_evidence_files_tenant_complaint_id");

            migrationBuilder.RenameIndex(
                name: "ix_evidence_files_created_at",
                table: "evidence_files",
                newName: "IX_evidence_files_created_at");
        }
    }
}
