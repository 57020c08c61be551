using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNaming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE staff_users RENAME CONSTRAINT "PK_staff_users" TO "pk_staff_users";""");

            migrationBuilder.Sql("""ALTER TABLE signing_keys RENAME CONSTRAINT "PK_signing_keys" TO "pk_signing_keys";""");

            migrationBuilder.Sql("""ALTER TABLE session_revocations RENAME CONSTRAINT "PK_session_revocations" TO "pk_session_revocations";""");

            migrationBuilder.Sql("""ALTER TABLE reports RENAME CONSTRAINT "PK_reports" TO "pk_reports";""");

            migrationBuilder.Sql("""ALTER TABLE reporter_accounts RENAME CONSTRAINT "PK_reporter_accounts" TO "pk_reporter_accounts";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "PK_inbox_messages" TO "pk_inbox_messages";""");

            migrationBuilder.RenameIndex(
                name: "IX_staff_users_tenant_username",
                table: "staff_users",
                newName: "ix_staff_users_tenant_username");

            migrationBuilder.RenameIndex(
                name: "IX_session_revocations_expires_at",
                table: "session_revocations",
                newName: "ix_session_revocations_expires_at");

            migrationBuilder.RenameIndex(
                name: "IX_reports_tenant_code_digest",
                table: "reports",
                newName: "ix_reports_tenant_code_digest");

            migrationBuilder.RenameIndex(
                name: "IX_reports_tenant_account_id",
                table: "reports",
                newName: "ix_reports_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "IX_reporter_accounts_tenant_username",
                table: "reporter_accounts",
                newName: "ix_reporter_accounts_tenant_username");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE staff_users RENAME CONSTRAINT "pk_staff_users" TO "PK_staff_users";""");

            migrationBuilder.Sql("""ALTER TABLE signing_keys RENAME CONSTRAINT "pk_signing_keys" TO "PK_signing_keys";""");

            migrationBuilder.Sql("""ALTER TABLE session_revocations RENAME CONSTRAINT "pk_session_revocations" TO "PK_session_revocations";""");

            migrationBuilder.Sql("""ALTER TABLE reports RENAME CONSTRAINT "pk_reports" TO "PK_reports";""");

            migrationBuilder.Sql("""ALTER TABLE reporter_accounts RENAME CONSTRAINT "pk_reporter_accounts" TO "PK_reporter_accounts";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_messages RENAME CONSTRAINT "pk_inbox_messages" TO "PK_inbox_messages";""");

            migrationBuilder.RenameIndex(
                name: "ix_staff_users_tenant_username",
                table: "staff_users",
                newName: "IX_staff_users_tenant_username");

            migrationBuilder.RenameIndex(
                name: "ix_session_revocations_expires_at",
                table: "session_revocations",
                newName: "IX_session_revocations_expires_at");

            migrationBuilder.RenameIndex(
                name: "ix_reports_tenant_code_digest",
                table: "reports",
                newName: "IX_reports_tenant_code_digest");

            migrationBuilder.RenameIndex(
                name: "ix_reports_tenant_account_id",
                table: "reports",
                newName: "IX_reports_tenant_account_id");

            migrationBuilder.RenameIndex(
                name: "ix_reporter_accounts_tenant_username",
                table: "reporter_accounts",
                newName: "IX_reporter_accounts_tenant_username");

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
        }
    }
}
